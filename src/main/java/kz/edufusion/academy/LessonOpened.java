package kz.edufusion.academy;

import java.time.Instant;
import java.util.UUID;

/**
 * An enrolled learner opened a lesson of the version they follow (the learning records say "experienced"; the
 * analytics count who reached each lesson). {@code lessonKey} names the lesson across versions.
 */
public record LessonOpened(UUID enrollmentId, UUID learnerId, UUID courseId, UUID versionId, UUID lessonId,
        UUID lessonKey, Instant at) {
}
