package kz.edufusion.academy.domain;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.HashSet;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Submissions of assignments and their grades; lists never read the files' bytes. */
@Repository
class SubmissionStore {

    private static final String COLUMNS = "s.id, s.assignment_id, s.assignment_key, s.enrollment_id, s.learner_id, s.attempt, "
            + "s.body_text, s.file_name, s.content_type, s.size_bytes, s.submitted_at, s.late";

    private final JdbcClient jdbc;

    SubmissionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The next attempt's row; the unique (assignment, enrollment, attempt) key refuses a double click's twin. */
    void insert(UUID id, AssignmentView assignment, EnrollmentView enrollment, int attempt, SubmissionUpload upload,
            AttachmentTypes type, String fileName, boolean late) {
        jdbc.sql("INSERT INTO academy.assignment_submission (id, assignment_id, assignment_key, enrollment_id, learner_id, attempt, "
                        + "body_text, file_name, content_type, size_bytes, content, late) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, assignment.id(), assignment.assignmentKey(), enrollment.id(), enrollment.learnerId(), attempt,
                        upload.text(), type == null ? null : fileName, type == null ? null : type.contentType,
                        type == null ? null : upload.content().length, type == null ? null : upload.content(), late)
                .update();
    }

    Optional<SubmissionView> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM academy.assignment_submission s WHERE s.id = ?").param(id)
                .query(SubmissionStore::submission).optional().map(this::withGrade);
    }

    /** The enrollment's attempts at the assignment, the newest first. */
    List<SubmissionView> of(UUID assignmentId, UUID enrollmentId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM academy.assignment_submission s WHERE s.assignment_id = ? "
                        + "AND s.enrollment_id = ? ORDER BY s.attempt DESC").params(assignmentId, enrollmentId)
                .query(SubmissionStore::submission).list().stream().map(this::withGrade).toList();
    }

    /** Submissions to the course's assignments, ungraded first and oldest first within each. */
    List<SubmissionView> ofCourse(UUID courseId, boolean ungradedOnly) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM academy.assignment_submission s "
                        + "JOIN academy.enrollment e ON e.id = s.enrollment_id "
                        + "LEFT JOIN academy.assignment_grade g ON g.submission_id = s.id WHERE e.course_id = ? "
                        + (ungradedOnly ? "AND g.submission_id IS NULL " : "")
                        + "ORDER BY (g.submission_id IS NOT NULL), s.submitted_at LIMIT 200").param(courseId)
                .query(SubmissionStore::submission).list().stream().map(this::withGrade).toList();
    }

    Optional<SubmissionFile> file(UUID id) {
        return jdbc.sql("SELECT file_name, content_type, content FROM academy.assignment_submission WHERE id = ? AND content IS NOT NULL")
                .param(id).query((rs, n) -> new SubmissionFile(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }

    /** False when the submission was already graded (the primary key decides, even for two teachers at once). */
    boolean insertGrade(UUID submissionId, int total, int max, BigDecimal percent, boolean passed, String comment, UUID by) {
        return jdbc.sql("INSERT INTO academy.assignment_grade (submission_id, total_points, max_points, score_percent, passed, comment, "
                        + "graded_by) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .params(submissionId, total, max, percent, passed, comment, by).update() == 1;
    }

    void insertCriterionGrade(UUID submissionId, CriterionGrade g) {
        jdbc.sql("INSERT INTO academy.assignment_grade_criterion (submission_id, criterion_id, level_id, points, comment) "
                + "VALUES (?, ?, ?, ?, ?)").params(submissionId, g.criterionId(), g.levelId(), g.points(), g.comment()).update();
    }

    /** The assignment keys the enrollment has a passed grade for (on any version it followed). */
    Set<UUID> passedKeys(UUID enrollmentId) {
        return new HashSet<>(jdbc.sql("SELECT DISTINCT s.assignment_key FROM academy.assignment_submission s "
                        + "JOIN academy.assignment_grade g ON g.submission_id = s.id WHERE s.enrollment_id = ? AND g.passed")
                .param(enrollmentId).query(UUID.class).list());
    }

    private SubmissionView withGrade(SubmissionView s) {
        return jdbc.sql("SELECT total_points, max_points, score_percent, passed, comment, graded_by, graded_at "
                        + "FROM academy.assignment_grade WHERE submission_id = ?").param(s.id())
                .query((rs, n) -> new GradeView(rs.getInt(1), rs.getInt(2), rs.getBigDecimal(3), rs.getBoolean(4), rs.getString(5),
                        rs.getObject(6, UUID.class), VersionStore.instant(rs.getTimestamp(7)), criterionGrades(s.id())))
                .optional().map(s::withGrade).orElse(s);
    }

    private List<CriterionGrade> criterionGrades(UUID submissionId) {
        return jdbc.sql("SELECT criterion_id, level_id, points, comment FROM academy.assignment_grade_criterion WHERE submission_id = ?")
                .param(submissionId).query((rs, n) -> new CriterionGrade(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getInt(3), rs.getString(4))).list();
    }

    private static SubmissionView submission(ResultSet rs, int row) throws SQLException {
        return new SubmissionView(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                rs.getObject(4, UUID.class), rs.getObject(5, UUID.class), rs.getInt(6), rs.getString(7), rs.getString(8),
                rs.getString(9), (Integer) rs.getObject(10), VersionStore.instant(rs.getTimestamp(11)), rs.getBoolean(12), null);
    }
}
