package kz.edufusion.academy;

import java.time.Instant;
import java.util.UUID;

/** A person enrolled in a course, on the version they will follow. */
public record LearnerEnrolled(UUID enrollmentId, UUID learnerId, UUID courseId, UUID versionId, Instant at) {
}
