package kz.edufusion.academy.domain;

/** Whether a learner may submit an assignment again: never, or after each graded attempt that did not pass. */
public enum Resubmission {
    NONE,
    UNTIL_PASSED
}
