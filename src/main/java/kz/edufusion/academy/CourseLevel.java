package kz.edufusion.academy;

/** How much a learner must already know: introductory, intermediate or advanced. */
public enum CourseLevel {
    INTRODUCTORY, INTERMEDIATE, ADVANCED
}
