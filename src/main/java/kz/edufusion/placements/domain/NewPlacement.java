package kz.edufusion.placements.domain;

import java.time.LocalDate;
import java.util.UUID;
import kz.edufusion.placements.OfferType;
import kz.edufusion.placements.PlacementWay;

/**
 * A placement to make, whichever way it happened. Exactly the source of its way is set: an application (first come,
 * interview, nomination), a proposal, or a round (with its offer). {@code stipendKzt} null = unpaid.
 */
public record NewPlacement(PlacementWay way, UUID studentId, UUID universityId, UUID companyId, String companyName,
        UUID offerId, UUID applicationId, UUID proposalId, UUID roundId, OfferType offerType, LocalDate startsOn,
        LocalDate endsOn, int hoursPerWeek, Integer stipendKzt, UUID createdBy) {
}
