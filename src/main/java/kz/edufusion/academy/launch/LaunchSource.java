package kz.edufusion.academy.launch;

/**
 * Where a launch into a course comes from. {@code WEB}: the platform's own pages (the learner signed in here). An
 * LTI 1.3 resource-link launch from a university LMS will be another source (decision record 0024); the context it
 * produces is the same.
 */
public enum LaunchSource {
    WEB
}
