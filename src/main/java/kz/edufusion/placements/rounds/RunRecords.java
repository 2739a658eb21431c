package kz.edufusion.placements.rounds;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kz.edufusion.placements.allocation.Category;
import kz.edufusion.placements.allocation.CategorySummary;
import kz.edufusion.placements.allocation.Cutoff;
import kz.edufusion.placements.allocation.Reason;

/** What one engine run of a round stored, as read back: its summary, each offer's and each student's outcome. */
public final class RunRecords {

    private RunRecords() {
    }

    /** {@code byChoice.get(0)} students got their first choice, and so on. */
    public record Summary(UUID runId, Instant runAt, int students, int assigned, int seats, List<Integer> byChoice,
            List<CategorySummary> categories) {

        public int unassigned() {
            return students - assigned;
        }
    }

    public record OfferOutcome(UUID offerId, int capacity, int filled, int applicants, Cutoff cutoff, Cutoff openCutoff) {
    }

    /** {@code seat} is OPEN or the category of a reserved seat; null (with offer, choice, rank) when unassigned. */
    public record StudentOutcome(UUID studentId, UUID offerId, Integer choice, Cutoff rank, String seat,
            List<Explanation> notChosen) {

        public boolean assigned() {
            return offerId != null;
        }
    }

    /** Why the student did not get the offer of their {@code choice}: the engine's reason and the ranks behind it. */
    public record Explanation(int choice, UUID offerId, Reason reason, Cutoff yours, Cutoff cutoff, List<Category> reservedFor) {
    }
}
