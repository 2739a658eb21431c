package kz.edufusion.academy;

/** How a course runs: at the learner's own pace, in a cohort with dates, or blended with scheduled live sessions. */
public enum CourseFormat {
    SELF_PACED, COHORT, BLENDED
}
