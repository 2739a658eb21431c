package kz.edufusion.placements.supervision;

import kz.edufusion.placements.domain.PlacementView;

/** An entry waiting for the mentor, with its placement (student, company) and whether that diary is late. */
public record PendingEntry(EntryView entry, PlacementView placement, boolean late) {
}
