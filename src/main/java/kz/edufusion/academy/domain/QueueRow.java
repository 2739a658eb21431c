package kz.edufusion.academy.domain;

import kz.edufusion.common.LocalizedText;

/** A submission in its course's grading queue, with its learner and assignment. */
public record QueueRow(SubmissionView submission, String learnerName, String learnerEmail, LocalizedText assignmentTitle) {
}
