package kz.edufusion.placements.allocation;

import java.util.List;

/**
 * Where a student was placed: the offer (null when unassigned), its choice number (1 = first choice), the
 * student's rank there, the reserved seat's category (null for an open seat), and why every offer listed
 * higher did not take the student.
 */
public record StudentOutcome(String studentId, String offerId, Integer choice, Cutoff rank, Category reservedSeat,
        List<NotChosen> notChosen) {

    public StudentOutcome {
        notChosen = List.copyOf(notChosen);
    }

    public boolean assigned() {
        return offerId != null;
    }
}
