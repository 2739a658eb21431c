package kz.edufusion.academy.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kz.edufusion.academy.CourseCompleted;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Completes an enrollment when its version's rule is met, after any step that may meet it (a lesson marked
 * complete, a quiz passed, a move to a newer version). The enrollment row is locked for the check, and completed_at
 * is set only WHERE it is null, so two steps at once publish {@link CourseCompleted} (and so the credential) once.
 */
@Component
class CourseCompletion {

    private final JdbcClient jdbc;
    private final List<GradedItemSource> graded;
    private final ApplicationEventPublisher events;

    CourseCompletion(JdbcClient jdbc, List<GradedItemSource> graded, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.graded = graded;
        this.events = events;
    }

    /** True when this call completed the enrollment (and published CourseCompleted). */
    boolean evaluate(UUID enrollmentId) {
        State state = jdbc.sql("SELECT e.learner_id, e.course_id, e.version_id, e.completed_lessons, v.lesson_count, "
                        + "v.completion_rule, e.completed_at IS NOT NULL FROM academy.enrollment e "
                        + "JOIN academy.course_version v ON v.id = e.version_id WHERE e.id = ? FOR UPDATE OF e")
                .param(enrollmentId)
                .query((rs, n) -> new State(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                        rs.getInt(4), rs.getInt(5), CompletionRule.valueOf(rs.getString(6)), rs.getBoolean(7)))
                .single();
        if (state.completed()) {
            return false;
        }
        GradedItems items = graded.stream().map(s -> s.count(enrollmentId, state.versionId()))
                .reduce(GradedItems.NONE, GradedItems::plus);
        if (!CompletionCheck.met(state.rule(), state.lessonCount(), state.lessonsDone(), items)) {
            return false;
        }
        Instant now = Instant.now();
        boolean completed = jdbc.sql("UPDATE academy.enrollment SET completed_at = ? WHERE id = ? AND completed_at IS NULL")
                .params(java.sql.Timestamp.from(now), enrollmentId).update() == 1;
        if (completed) {
            events.publishEvent(new CourseCompleted(enrollmentId, state.learnerId(), state.courseId(), state.versionId(), now));
        }
        return completed;
    }

    private record State(UUID learnerId, UUID courseId, UUID versionId, int lessonsDone, int lessonCount, CompletionRule rule,
            boolean completed) {
    }
}
