package kz.edufusion.academy.domain;

import java.time.Instant;
import java.util.UUID;
import kz.edufusion.academy.EnrollmentStatus;

/** A learner's enrollment as delivery sees it: its status, cohort, place in the waiting list and the owner's reason. */
public record ApplicationView(UUID enrollmentId, UUID courseId, UUID learnerId, EnrollmentStatus status, UUID cohortId,
        Instant enrolledAt, Instant waitlistedAt, String decisionReason, int waitingPosition) {
}
