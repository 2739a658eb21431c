package kz.edufusion.academy.domain;

import java.time.Instant;
import java.util.UUID;

/** One learner's enrollment: the version they follow and how far they got. */
public record EnrollmentView(UUID id, UUID courseId, UUID versionId, int versionNumber, UUID learnerId, Instant enrolledAt,
        int completedLessons, int lessonCount, UUID lastLessonId, Instant lastOpenedAt, Instant completedAt) {

    /** Whole percent of the version's lessons completed. */
    public int percent() {
        return lessonCount == 0 ? 0 : Math.min(100, Math.round(100f * completedLessons / lessonCount));
    }

    public boolean completed() {
        return completedAt != null;
    }
}
