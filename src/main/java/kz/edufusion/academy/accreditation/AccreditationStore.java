package kz.edufusion.academy.accreditation;

import kz.edufusion.academy.domain.AccreditedCourses;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.edufusion.academy.accreditation.Reviewers.CourseFacts;
import kz.edufusion.common.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Submissions, reviews with their criteria snapshots, and decisions; plus what they need to read of courses. */
@Repository
class AccreditationStore {

    private static final String SUBMISSION = "SELECT s.id, s.course_id, s.version_id, v.number, v.title_kk, v.title_ru, v.title_en, "
            + "c.organization_id, s.status, s.note, s.submitted_by, s.submitted_at FROM academy.accreditation_submission s "
            + "JOIN academy.course_version v ON v.id = s.version_id JOIN academy.course c ON c.id = s.course_id ";
    private static final String REVIEW = "SELECT id, submission_id, reviewer_id, agency_id, started_at, decision, reasons, "
            + "valid_from, valid_until, decided_at FROM academy.accreditation_review ";
    /** An approval that covers the course's catalog version on day ?. */
    record VersionFacts(UUID id, UUID courseId, int number, boolean published) {
    }

    record SubmissionRow(UUID id, UUID courseId, UUID versionId, int versionNumber, LocalizedText title, UUID organizationId,
            SubmissionStatus status, String note, UUID submittedBy, Instant submittedAt) {
    }

    record ReviewRow(UUID id, UUID submissionId, UUID reviewerId, UUID agencyId, Instant startedAt, AccreditationDecision decision, String reasons,
            LocalDate validFrom, LocalDate validUntil, Instant decidedAt) {
    }

    record Due(UUID reviewId, UUID courseId, UUID ownerId, UUID agencyId, LocalDate validUntil, LocalizedText title) {
    }

    private final JdbcClient jdbc;

    AccreditationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CourseFacts> course(UUID id, boolean lock) {
        return jdbc.sql("SELECT id, owner_id, organization_id, published_version_id FROM academy.course WHERE id = ?"
                        + (lock ? " FOR UPDATE" : ""))
                .param(id).query((rs, n) -> new CourseFacts(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getObject(4, UUID.class))).optional();
    }

    Optional<VersionFacts> version(UUID id) {
        return jdbc.sql("SELECT id, course_id, number, status FROM academy.course_version WHERE id = ?").param(id)
                .query((rs, n) -> new VersionFacts(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getInt(3),
                        "PUBLISHED".equals(rs.getString(4)))).optional();
    }

    /** The title of the course's newest version (its draft's when it has one: what its owner calls it now). */
    LocalizedText title(UUID courseId) {
        return jdbc.sql("SELECT title_kk, title_ru, title_en FROM academy.course_version WHERE course_id = ? ORDER BY number DESC LIMIT 1")
                .param(courseId).query((rs, n) -> text(rs, 1)).optional().orElse(LocalizedText.of(null, null, null));
    }

    List<CourseHistory.VersionChoice> publishedVersions(UUID courseId) {
        return jdbc.sql("SELECT v.id, v.number, v.id = c.published_version_id FROM academy.course_version v "
                        + "JOIN academy.course c ON c.id = v.course_id WHERE v.course_id = ? AND v.status = 'PUBLISHED' ORDER BY v.number DESC")
                .param(courseId).query((rs, n) -> new CourseHistory.VersionChoice(rs.getObject(1, UUID.class), rs.getInt(2),
                        rs.getBoolean(3))).list();
    }

    /** The lessons of a version in reading order, for the reviewer's links into the submitted content. */
    List<SubmittedLesson> lessons(UUID versionId) {
        return jdbc.sql("SELECT l.id, l.title_kk, l.title_ru, l.title_en FROM academy.lesson l JOIN academy.course_module m "
                        + "ON m.id = l.module_id WHERE l.version_id = ? ORDER BY m.position, l.position").param(versionId)
                .query((rs, n) -> new SubmittedLesson(rs.getObject(1, UUID.class), text(rs, 2))).list();
    }

    void insertSubmission(UUID id, UUID courseId, UUID versionId, String note, UUID by) {
        jdbc.sql("INSERT INTO academy.accreditation_submission (id, course_id, version_id, status, note, submitted_by) "
                + "VALUES (?, ?, ?, 'SUBMITTED', ?, ?)").params(id, courseId, versionId, note, by).update();
    }

    boolean hasOpen(UUID courseId) {
        return jdbc.sql("SELECT count(*) FROM academy.accreditation_submission WHERE course_id = ? AND status = 'SUBMITTED'")
                .param(courseId).query(Long.class).single() > 0;
    }

    List<SubmissionRow> submissions(UUID courseId) {
        return jdbc.sql(SUBMISSION + "WHERE s.course_id = ? ORDER BY s.submitted_at DESC, s.id").param(courseId)
                .query(AccreditationStore::submission).list();
    }

    /** The open submissions, oldest first (first come, first reviewed), without the reader's own courses. */
    List<SubmissionRow> open(UUID readerId) {
        return jdbc.sql(SUBMISSION + "WHERE s.status = 'SUBMITTED' AND c.owner_id <> ? ORDER BY s.submitted_at, s.id").param(readerId)
                .query(AccreditationStore::submission).list();
    }

    /** Submissions decided lately, newest first, for the queue's second table. */
    List<SubmissionRow> decided(UUID readerId, int limit) {
        return jdbc.sql(SUBMISSION + "WHERE s.status <> 'SUBMITTED' AND c.owner_id <> ? ORDER BY s.submitted_at DESC, s.id LIMIT ?")
                .params(readerId, limit).query(AccreditationStore::submission).list();
    }

    Optional<SubmissionRow> submission(UUID id, boolean lock) {
        return jdbc.sql(SUBMISSION + "WHERE s.id = ?" + (lock ? " FOR UPDATE OF s" : "")).param(id)
                .query(AccreditationStore::submission).optional();
    }

    void setStatus(UUID submissionId, SubmissionStatus status) {
        jdbc.sql("UPDATE academy.accreditation_submission SET status = ? WHERE id = ?").params(status.name(), submissionId).update();
    }

    Optional<ReviewRow> review(UUID submissionId) {
        return jdbc.sql(REVIEW + "WHERE submission_id = ?").param(submissionId).query(AccreditationStore::review).optional();
    }

    /** A new review holding a snapshot of the criteria active now, in their order. */
    void insertReview(UUID id, UUID submissionId, UUID reviewerId, UUID agencyId) {
        jdbc.sql("INSERT INTO academy.accreditation_review (id, submission_id, reviewer_id, agency_id) VALUES (?, ?, ?, ?)")
                .params(id, submissionId, reviewerId, agencyId).update();
        jdbc.sql("INSERT INTO academy.accreditation_review_item (review_id, criterion_id, position, code, text_kk, text_ru, text_en) "
                + "SELECT ?, id, row_number() OVER (ORDER BY position, code), code, text_kk, text_ru, text_en "
                + "FROM academy.accreditation_criterion WHERE active").param(id).update();
    }

    List<ReviewItem> items(UUID reviewId) {
        return jdbc.sql("SELECT criterion_id, code, text_kk, text_ru, text_en, verdict, comment FROM academy.accreditation_review_item "
                        + "WHERE review_id = ? ORDER BY position").param(reviewId)
                .query((rs, n) -> new ReviewItem(rs.getObject(1, UUID.class), rs.getString(2), text(rs, 3),
                        rs.getString(6) == null ? null : Verdict.valueOf(rs.getString(6)), rs.getString(7))).list();
    }

    void updateItem(UUID reviewId, UUID criterionId, Verdict verdict, String comment) {
        jdbc.sql("UPDATE academy.accreditation_review_item SET verdict = ?, comment = ? WHERE review_id = ? AND criterion_id = ?")
                .params(verdict == null ? null : verdict.name(), comment, reviewId, criterionId).update();
        jdbc.sql("UPDATE academy.accreditation_review SET updated_at = now() WHERE id = ?").param(reviewId).update();
    }

    void decide(UUID reviewId, DecisionInput d) {
        jdbc.sql("UPDATE academy.accreditation_review SET decision = ?, reasons = ?, valid_from = ?, valid_until = ?, decided_at = now(), "
                        + "updated_at = now() WHERE id = ? AND decision IS NULL")
                .params(d.decision().name(), d.reasons(), d.validFrom(), d.validUntil(), reviewId).update();
    }

    List<AccreditationCriterion> criteria(boolean activeOnly) {
        return jdbc.sql("SELECT c.id, c.code, c.text_kk, c.text_ru, c.text_en, c.position, c.active, "
                        + "EXISTS (SELECT 1 FROM academy.accreditation_review_item i WHERE i.criterion_id = c.id) "
                        + "FROM academy.accreditation_criterion c" + (activeOnly ? " WHERE c.active" : "") + " ORDER BY c.position, c.code")
                .query((rs, n) -> new AccreditationCriterion(rs.getObject(1, UUID.class), rs.getString(2), text(rs, 3), rs.getInt(6),
                        rs.getBoolean(7), rs.getBoolean(8))).list();
    }

    boolean codeTaken(String code) {
        return jdbc.sql("SELECT count(*) FROM academy.accreditation_criterion WHERE code = ?").param(code).query(Long.class).single() > 0;
    }

    void insertCriterion(UUID id, String code, LocalizedText text, int position) {
        jdbc.sql("INSERT INTO academy.accreditation_criterion (id, code, text_kk, text_ru, text_en, position) VALUES (?, ?, ?, ?, ?, ?)")
                .params(id, code, text.kk(), text.ru(), text.en(), position).update();
    }

    int updateCriterion(UUID id, LocalizedText text, int position) {
        return jdbc.sql("UPDATE academy.accreditation_criterion SET text_kk = ?, text_ru = ?, text_en = ?, position = ?, updated_at = now() "
                + "WHERE id = ?").params(text.kk(), text.ru(), text.en(), position, id).update();
    }

    int setActive(UUID id, boolean active) {
        return jdbc.sql("UPDATE academy.accreditation_criterion SET active = ?, updated_at = now() WHERE id = ?").params(active, id).update();
    }

    /** Deletes a criterion no review holds; 0 when it is in use (or does not exist). */
    int deleteUnused(UUID id) {
        return jdbc.sql("DELETE FROM academy.accreditation_criterion c WHERE c.id = ? AND NOT EXISTS "
                + "(SELECT 1 FROM academy.accreditation_review_item i WHERE i.criterion_id = c.id)").param(id).update();
    }

    /** The marks of those courses that are accredited on that day (latest approval first wins). */
    List<AccreditationStore.MarkRow> marks(List<UUID> courseIds, LocalDate day) {
        return jdbc.sql("SELECT DISTINCT ON (c.id) c.id, s.version_id, r.agency_id, r.valid_until FROM academy.course c "
                        + "JOIN academy.accreditation_submission s ON s.version_id = c.published_version_id "
                        + "JOIN academy.accreditation_review r ON r.submission_id = s.id WHERE " + AccreditedCourses.VALID_APPROVAL
                        + (courseIds == null ? "" : " AND c.id = ANY(?)") + " ORDER BY c.id, r.valid_until DESC")
                .params(courseIds == null ? new Object[] {day, day} : new Object[] {day, day, courseIds.toArray(UUID[]::new)})
                .query((rs, n) -> new MarkRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                        rs.getObject(4, LocalDate.class))).list();
    }

    long accreditedCourses(LocalDate day) {
        return jdbc.sql("SELECT count(*) FROM academy.course c WHERE " + AccreditedCourses.CATALOG_VERSION_ACCREDITED)
                .params(day, day).query(Long.class).single();
    }

    record MarkRow(UUID courseId, UUID versionId, UUID agencyId, LocalDate validUntil) {
    }

    /**
     * Approvals running out within {@code days} of that day whose reminder has not gone out, unless a later approval
     * of the same course already runs longer (a renewed accreditation needs no reminder of the old one).
     */
    List<Due> dueReminders(LocalDate day, int days) {
        return jdbc.sql("SELECT r.id, c.id, c.owner_id, r.agency_id, r.valid_until, v.title_kk, v.title_ru, v.title_en "
                        + "FROM academy.accreditation_review r JOIN academy.accreditation_submission s ON s.id = r.submission_id "
                        + "JOIN academy.course c ON c.id = s.course_id JOIN academy.course_version v ON v.id = s.version_id "
                        + "WHERE r.decision = 'APPROVED' AND r.reminder_sent_at IS NULL AND r.valid_from <= ? AND r.valid_until >= ? "
                        + "AND r.valid_until <= ? AND NOT EXISTS (SELECT 1 FROM academy.accreditation_review later "
                        + "JOIN academy.accreditation_submission ls ON ls.id = later.submission_id WHERE ls.course_id = s.course_id "
                        + "AND later.decision = 'APPROVED' AND later.valid_until > r.valid_until) ORDER BY r.valid_until, r.id")
                .params(day, day, day.plusDays(days))
                .query((rs, n) -> new Due(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                        rs.getObject(4, UUID.class), rs.getObject(5, LocalDate.class), text(rs, 6))).list();
    }

    /** Claims the reminder of an approval: true for the one run that sends it. */
    boolean claimReminder(UUID reviewId) {
        return jdbc.sql("UPDATE academy.accreditation_review SET reminder_sent_at = now() WHERE id = ? AND reminder_sent_at IS NULL")
                .param(reviewId).update() == 1;
    }

    private static SubmissionRow submission(ResultSet rs, int n) throws SQLException {
        return new SubmissionRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class), rs.getInt(4),
                text(rs, 5), rs.getObject(8, UUID.class), SubmissionStatus.valueOf(rs.getString(9)), rs.getString(10),
                rs.getObject(11, UUID.class), instant(rs.getTimestamp(12)));
    }

    private static ReviewRow review(ResultSet rs, int n) throws SQLException {
        return new ReviewRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                rs.getObject(4, UUID.class), instant(rs.getTimestamp(5)), rs.getString(6) == null ? null : AccreditationDecision.valueOf(rs.getString(6)),
                rs.getString(7), rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class), instant(rs.getTimestamp(10)));
    }

    private static LocalizedText text(ResultSet rs, int first) throws SQLException {
        return LocalizedText.of(rs.getString(first), rs.getString(first + 1), rs.getString(first + 2));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
