package kz.edufusion.placements.supervision;

import java.time.LocalDate;
import kz.edufusion.placements.domain.PlacementView;

/** A placement on the tutor's or the mentor's page: when its diary was last written, how much waits, whether it is late. */
public record SupervisedPlacement(PlacementView placement, LocalDate lastEntry, int pending, boolean late) {
}
