package kz.edufusion.placements.allocation;

import java.util.List;

/** The input of one allocation round: students, offers, and the seed of the tie-breaking lottery. */
public record AllocationInstance(long seed, TieBreak tieBreak, List<StudentEntry> students, List<OfferEntry> offers) {

    public AllocationInstance {
        tieBreak = tieBreak == null ? TieBreak.LOTTERY : tieBreak;
        students = List.copyOf(students);
        offers = List.copyOf(offers);
    }
}
