package kz.edufusion.academy.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.common.PageQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Enrollments and lesson progress. Progress is counted as it happens ({@code completed_lessons}, bumped in the same
 * statement that may complete the course), so no page counts progress rows; the queries here use the indexes on
 * (learner_id, last_opened_at), (course_id, enrolled_at) and the primary key of lesson_progress. Every read here sees
 * ACTIVE enrollments only: a pending, waitlisted, declined or withdrawn learner is not enrolled (see {@link Delivery}).
 */
@Repository
class EnrollmentStore {

    private static final String COLUMNS = "e.id, e.course_id, e.version_id, v.number, e.learner_id, e.enrolled_at, "
            + "e.completed_lessons, v.lesson_count, e.last_lesson_id, e.last_opened_at, e.completed_at";
    private static final String FROM = " FROM academy.enrollment e JOIN academy.course_version v ON v.id = e.version_id ";

    private final JdbcClient jdbc;

    EnrollmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** False when the learner was already enrolled in the course (the unique key decides, even for two at once). */
    boolean insert(UUID id, UUID courseId, UUID versionId, UUID learnerId) {
        return jdbc.sql("INSERT INTO academy.enrollment (id, course_id, version_id, learner_id) VALUES (?, ?, ?, ?) "
                + "ON CONFLICT (learner_id, course_id) DO NOTHING").params(id, courseId, versionId, learnerId).update() == 1;
    }

    Optional<EnrollmentView> of(UUID learnerId, UUID courseId) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + "WHERE e.learner_id = ? AND e.course_id = ? AND e.status = 'ACTIVE'").params(learnerId, courseId)
                .query(EnrollmentStore::view).optional();
    }

    void opened(UUID enrollmentId, UUID lessonId) {
        jdbc.sql("UPDATE academy.enrollment SET last_lesson_id = ?, last_opened_at = now() WHERE id = ?")
                .params(lessonId, enrollmentId).update();
    }

    /** Records the lesson as complete; false when it already was. */
    boolean complete(UUID enrollmentId, UUID lessonId) {
        return jdbc.sql("INSERT INTO academy.lesson_progress (enrollment_id, lesson_id) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(enrollmentId, lessonId).update() == 1;
    }

    /** One more lesson done; whether that completes the course is the version's rule ({@link CourseCompletion}). */
    void bump(UUID enrollmentId) {
        jdbc.sql("UPDATE academy.enrollment SET completed_lessons = completed_lessons + 1 WHERE id = ?").param(enrollmentId).update();
    }

    /**
     * Moves the enrollment to another version of its course: completed lessons and the last opened lesson follow by
     * their lesson key (a lesson dropped from the new version leaves the count); whether the course is then
     * complete is the new version's rule ({@link CourseCompletion}), and quiz passes follow by quiz key.
     */
    void move(UUID enrollmentId, UUID from, UUID to) {
        jdbc.sql("INSERT INTO academy.lesson_progress (enrollment_id, lesson_id, completed_at) "
                + "SELECT p.enrollment_id, n.id, p.completed_at FROM academy.lesson_progress p "
                + "JOIN academy.lesson o ON o.id = p.lesson_id JOIN academy.lesson n ON n.lesson_key = o.lesson_key AND n.version_id = ? "
                + "WHERE p.enrollment_id = ? AND o.version_id = ? ON CONFLICT DO NOTHING").params(to, enrollmentId, from).update();
        jdbc.sql("DELETE FROM academy.lesson_progress p USING academy.lesson o WHERE p.lesson_id = o.id AND o.version_id = ? "
                + "AND p.enrollment_id = ?").params(from, enrollmentId).update();
        jdbc.sql("UPDATE academy.enrollment e SET version_id = ?, "
                        + "completed_lessons = (SELECT count(*) FROM academy.lesson_progress p WHERE p.enrollment_id = e.id), "
                        + "last_lesson_id = (SELECT n.id FROM academy.lesson o JOIN academy.lesson n ON n.lesson_key = o.lesson_key "
                        + "AND n.version_id = ? WHERE o.id = e.last_lesson_id), completed_at = NULL WHERE e.id = ?")
                .params(to, to, enrollmentId).update();
    }

    /** The learner's enrollments, the most recently opened first, in one query (title, resume lesson, newer version). */
    List<MyCourse> mine(UUID learnerId) {
        return jdbc.sql("SELECT " + COLUMNS + ", v.title_kk, v.title_ru, v.title_en, "
                        + "coalesce(e.last_lesson_id, (SELECT l.id FROM academy.lesson l JOIN academy.course_module m ON m.id = l.module_id "
                        + "WHERE l.version_id = e.version_id ORDER BY m.position, l.position LIMIT 1)) AS resume, "
                        + "c.published_version_id <> e.version_id AS newer" + FROM
                        + "JOIN academy.course c ON c.id = e.course_id WHERE e.learner_id = ? AND e.status = 'ACTIVE' "
                        + "ORDER BY e.last_opened_at DESC NULLS LAST, e.enrolled_at DESC")
                .param(learnerId)
                .query((rs, n) -> new MyCourse(view(rs, n), LocalizedText.of(rs.getString("title_kk"), rs.getString("title_ru"),
                        rs.getString("title_en")), rs.getObject("resume", UUID.class), rs.getBoolean("newer")))
                .list();
    }

    List<EnrollmentView> ofCourse(UUID courseId, PageQuery page) {
        return jdbc.sql("SELECT " + COLUMNS + FROM + "WHERE e.course_id = ? AND e.status = 'ACTIVE' ORDER BY e.enrolled_at DESC, e.id LIMIT ? OFFSET ?")
                .params(courseId, page.size(), page.offset()).query(EnrollmentStore::view).list();
    }

    long countOf(UUID courseId) {
        return jdbc.sql("SELECT count(*) FROM academy.enrollment WHERE course_id = ? AND status = 'ACTIVE'").param(courseId).query(Long.class).single();
    }

    static EnrollmentView view(ResultSet rs, int row) throws SQLException {
        return new EnrollmentView(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                rs.getInt(4), rs.getObject(5, UUID.class), VersionStore.instant(rs.getTimestamp(6)), rs.getInt(7), rs.getInt(8),
                rs.getObject(9, UUID.class), VersionStore.instant(rs.getTimestamp(10)), VersionStore.instant(rs.getTimestamp(11)));
    }
}
