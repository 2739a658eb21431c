package kz.edufusion.academy;

import java.time.Instant;
import java.util.UUID;

/**
 * The learner met their version's completion rule (every lesson, every quiz passed, or both), once per enrollment;
 * the course credential is issued from this event.
 */
public record CourseCompleted(UUID enrollmentId, UUID learnerId, UUID courseId, UUID versionId, Instant at) {
}
