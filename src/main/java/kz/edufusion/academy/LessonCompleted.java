package kz.edufusion.academy;

import java.time.Instant;
import java.util.UUID;

/**
 * A learner marked a lesson complete. {@code lessonKey} names the lesson across versions (the xAPI activity id of
 * the learning records); {@code lessonId} is the lesson of the version the learner follows.
 */
public record LessonCompleted(UUID enrollmentId, UUID learnerId, UUID courseId, UUID versionId, UUID lessonId,
        UUID lessonKey, Instant at) {
}
