package kz.edufusion.academy;

import java.time.Instant;
import java.util.UUID;

/** Every lesson of the learner's version is complete (certificates will be issued from this event). */
public record CourseCompleted(UUID enrollmentId, UUID learnerId, UUID courseId, UUID versionId, Instant at) {
}
