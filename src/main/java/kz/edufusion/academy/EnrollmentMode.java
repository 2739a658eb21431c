package kz.edufusion.academy;

/** How learners get into a course: at once, after the owner's approval, or by applying to a cohort with a cap. */
public enum EnrollmentMode {
    OPEN, APPROVAL, COHORT
}
