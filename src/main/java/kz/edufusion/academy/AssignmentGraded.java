package kz.edufusion.academy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A teacher graded a learner's assignment submission by its rubric. {@code assignmentKey} names the assignment across
 * versions; {@code passed} compares the score with the assignment's pass mark.
 */
public record AssignmentGraded(UUID submissionId, UUID enrollmentId, UUID learnerId, UUID courseId, UUID versionId,
        UUID assignmentKey, BigDecimal scorePercent, boolean passed, UUID gradedBy, Instant at) {
}
