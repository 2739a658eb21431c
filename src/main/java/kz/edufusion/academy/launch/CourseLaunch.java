package kz.edufusion.academy.launch;

import java.util.UUID;
import kz.edufusion.academy.domain.EnrollmentView;
import kz.edufusion.academy.domain.Learning;
import kz.edufusion.academy.domain.MyCourse;
import kz.edufusion.common.web.DomainProblem;
import org.springframework.stereotype.Service;

/**
 * The one way into a course: an entry point (the web today, an LTI 1.3 launch next) hands a {@link LaunchRequest},
 * and gets the {@link LaunchContext} whose lesson it then shows. Enrollment, resume and the learning records behave
 * the same whatever the source, because they live behind this and in {@link Learning}, not in the entry points.
 */
@Service
public class CourseLaunch {

    private final Learning learning;

    CourseLaunch(Learning learning) {
        this.learning = learning;
    }

    public LaunchContext launch(LaunchRequest request) {
        EnrollmentView enrollment = request.enrollIfNeeded()
                ? learning.enroll(request.person(), request.courseId())
                : learning.enrollment(request.person(), request.courseId()).orElseThrow(CourseLaunch::notEnrolled);
        UUID lesson = request.lessonId() != null ? request.lessonId() : resume(request, enrollment);
        return new LaunchContext(request.source(), request.person().personId(), enrollment.courseId(), enrollment.versionId(),
                enrollment.id(), lesson);
    }

    /** The last lesson opened, else the first of the version (as "My learning" shows it). */
    private UUID resume(LaunchRequest request, EnrollmentView enrollment) {
        return learning.mine(request.person()).stream().filter(c -> c.enrollment().id().equals(enrollment.id()))
                .map(MyCourse::resumeLessonId).filter(java.util.Objects::nonNull).findFirst().orElseThrow(CourseLaunch::notEnrolled);
    }

    private static DomainProblem notEnrolled() {
        return DomainProblem.notFound("academy.problem.notFound");
    }
}
