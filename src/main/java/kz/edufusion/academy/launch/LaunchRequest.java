package kz.edufusion.academy.launch;

import java.util.UUID;
import kz.edufusion.identity.CurrentUser;

/**
 * What any entry point knows before a launch: who (a platform person, however they were authenticated), which course,
 * optionally which lesson, and whether the launch itself may enroll. The web asks learners to enroll on the course
 * page first; an LMS launch enrolls, because the LMS already decided who takes the course.
 */
public record LaunchRequest(LaunchSource source, CurrentUser person, UUID courseId, UUID lessonId, boolean enrollIfNeeded) {

    public static LaunchRequest web(CurrentUser person, UUID courseId) {
        return new LaunchRequest(LaunchSource.WEB, person, courseId, null, false);
    }
}
