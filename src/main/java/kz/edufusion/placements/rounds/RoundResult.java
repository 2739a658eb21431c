package kz.edufusion.placements.rounds;

import java.util.List;
import kz.edufusion.placements.rounds.RunRecords.OfferOutcome;
import kz.edufusion.placements.rounds.RunRecords.StudentOutcome;
import kz.edufusion.placements.rounds.RunRecords.Summary;

/** The coordinator's review of a round's current run: the summary, each offer's fill and cutoff, each student's outcome. */
public record RoundResult(RoundView round, Summary summary, List<OfferOutcome> offers, List<Student> students) {

    public RoundResult {
        offers = List.copyOf(offers);
        students = List.copyOf(students);
    }

    public record Student(String name, StudentOutcome outcome) {
    }
}
