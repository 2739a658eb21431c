package kz.edufusion.placements;

/**
 * Where a placement stands. AGREEMENT until the tripartite agreement is signed by the student, the university and the
 * company; ACTIVE while the student works there; COMPLETED when the final evaluation reaches the minimum score,
 * INCOMPLETE when it does not; TERMINATED early, with a reason. Only {@code PlacementLifecycle} moves it.
 */
public enum PlacementStatus {
    AGREEMENT, ACTIVE, COMPLETED, INCOMPLETE, TERMINATED;

    /** A placement that still holds the student's time (an overlapping second one is refused). */
    public boolean holdsTime() {
        return this == AGREEMENT || this == ACTIVE;
    }

    public boolean finished() {
        return this == COMPLETED || this == INCOMPLETE || this == TERMINATED;
    }
}
