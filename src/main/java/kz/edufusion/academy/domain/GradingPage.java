package kz.edufusion.academy.domain;

import java.util.UUID;

/** A submission as its teacher grades it: the assignment with its rubric and who handed it in. */
public record GradingPage(UUID courseId, AssignmentView assignment, SubmissionView submission, String learnerName) {
}
