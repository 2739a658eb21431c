package kz.edufusion.placements.allocation;

import java.util.List;

/**
 * An offer after the allocation: its fill, the students who list it and whom it accepts ({@code applicants}),
 * the lowest-ranked admitted student ({@code cutoff}), the lowest-ranked on an open seat ({@code openCutoff}),
 * the use of its reserves, and the admitted students in its rank order. Cutoffs are null when nobody holds such a seat.
 */
public record OfferOutcome(String offerId, int capacity, int filled, int applicants, Cutoff cutoff, Cutoff openCutoff,
        List<ReserveUse> reserves, List<AdmittedStudent> admitted) {

    public OfferOutcome {
        reserves = List.copyOf(reserves);
        admitted = List.copyOf(admitted);
    }
}
