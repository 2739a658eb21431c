package kz.edufusion.academy.domain;

import java.time.Instant;
import java.util.UUID;

/** One attempt at an assignment (without the file's bytes), with its grade once there is one. */
public record SubmissionView(UUID id, UUID assignmentId, UUID assignmentKey, UUID enrollmentId, UUID learnerId, int attempt,
        String text, String fileName, String contentType, Integer sizeBytes, Instant submittedAt, boolean late, GradeView grade) {

    public boolean graded() {
        return grade != null;
    }

    public boolean passed() {
        return grade != null && grade.passed();
    }

    SubmissionView withGrade(GradeView g) {
        return new SubmissionView(id, assignmentId, assignmentKey, enrollmentId, learnerId, attempt, text, fileName, contentType,
                sizeBytes, submittedAt, late, g);
    }
}
