package kz.edufusion.placements.rounds;

import java.time.Instant;
import java.util.UUID;
import kz.edufusion.common.web.DomainProblem;

/**
 * An allocation round of one university. An OPEN round whose deadline has passed counts as CLOSED
 * ({@link #status(Instant)}): nobody has to close it for the rankings to stop.
 */
public record Round(UUID id, UUID universityId, String name, RoundStatus storedStatus, Instant deadline, long seed,
        UUID currentRunId, UUID createdBy, Instant publishedAt) {

    public RoundStatus status(Instant now) {
        return storedStatus == RoundStatus.OPEN && !now.isBefore(deadline) ? RoundStatus.CLOSED : storedStatus;
    }

    /** Refuses with 409 unless the round is in one of the states, as seen at {@code now}. */
    void require(Instant now, RoundStatus... allowed) {
        RoundStatus status = status(now);
        for (RoundStatus s : allowed) {
            if (s == status) {
                return;
            }
        }
        throw DomainProblem.conflict("placements.rounds.problem.state", status.name());
    }
}
