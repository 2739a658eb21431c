package kz.edufusion.academy.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An assignment as its learner (or the course's owner, previewing) sees it: the instructions' stored HTML in the
 * reader's language, the rubric, the reader's own attempts with their grades, when it is due and whether they may
 * hand in now. {@code fileLimitMb} is the assignment's limit within the academy's.
 */
public record AssignmentPage(UUID courseId, VersionView version, AssignmentView assignment, String instructionsHtml,
        EnrollmentView enrollment, List<SubmissionView> submissions, Instant dueAt, SubmitState state, long fileLimitMb) {

    public boolean maySubmit() {
        return state == SubmitState.OPEN;
    }
}
