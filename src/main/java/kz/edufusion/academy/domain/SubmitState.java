package kz.edufusion.academy.domain;

/** Whether the reader may hand in (another) attempt now, and why not. */
public enum SubmitState {
    /** nothing handed in yet, or the last graded attempt failed and the assignment allows another */
    OPEN,
    /** the last attempt waits for its grade */
    WAITING,
    /** an attempt passed: nothing more to do */
    PASSED,
    /** graded and failed, and the assignment allows no other attempt */
    CLOSED,
    /** the reader is the course's owner, previewing */
    OWNER
}
