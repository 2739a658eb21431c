package kz.edufusion.placements;

import java.util.UUID;

/** Published inside the transaction that moved a placement, so listeners (agreement, certificate) move with it. */
public record PlacementStatusChanged(UUID placementId, PlacementStatus from, PlacementStatus to, String reason) {
}
