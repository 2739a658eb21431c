package kz.edufusion.academy.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.edufusion.academy.EnrollmentMode;
import kz.edufusion.academy.EnrollmentStatus;
import kz.edufusion.common.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Enrollment modes, statuses, cohorts, semesters and live sessions. Seats of a cohort are counted only while its
 * row is locked ({@link #lockCohort}), so whoever changes who holds a seat (apply, withdraw, a new cap) takes turns.
 */
@Repository
class DeliveryStore {

    private static final String COHORT = "SELECT c.id, c.course_id, c.semester_id, c.name, c.starts_on, c.ends_on, c.enroll_opens_on, "
            + "c.enroll_closes_on, c.capacity, "
            + "(SELECT count(*) FROM academy.enrollment e WHERE e.cohort_id = c.id AND e.status = 'ACTIVE') AS active, "
            + "(SELECT count(*) FROM academy.enrollment e WHERE e.cohort_id = c.id AND e.status = 'WAITLISTED') AS waiting "
            + "FROM academy.cohort c ";
    private static final String APPLICATION = "SELECT e.id, e.course_id, e.learner_id, e.status, e.cohort_id, e.enrolled_at, "
            + "e.waitlisted_at, e.decision_reason, CASE WHEN e.status = 'WAITLISTED' THEN (SELECT count(*) FROM academy.enrollment w "
            + "WHERE w.cohort_id = e.cohort_id AND w.status = 'WAITLISTED' AND (w.waitlisted_at, w.id) <= (e.waitlisted_at, e.id)) "
            + "ELSE 0 END AS position FROM academy.enrollment e ";
    private static final String SESSION = "SELECT s.id, s.cohort_id, c.course_id, v.title_kk, v.title_ru, v.title_en, c.name AS cohort_name, "
            + "s.title, s.starts_at, s.minutes, s.online_url, s.place FROM academy.live_session s "
            + "JOIN academy.cohort c ON c.id = s.cohort_id JOIN academy.course k ON k.id = c.course_id "
            + "LEFT JOIN academy.course_version v ON v.id = k.published_version_id ";

    private final JdbcClient jdbc;

    DeliveryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    EnrollmentMode mode(UUID courseId) {
        return jdbc.sql("SELECT enrollment_mode FROM academy.course WHERE id = ?").param(courseId)
                .query((rs, n) -> EnrollmentMode.valueOf(rs.getString(1))).optional().orElse(EnrollmentMode.OPEN);
    }

    void mode(UUID courseId, EnrollmentMode mode) {
        jdbc.sql("UPDATE academy.course SET enrollment_mode = ? WHERE id = ?").params(mode.name(), courseId).update();
    }

    // applications

    Optional<ApplicationView> application(UUID learnerId, UUID courseId) {
        return jdbc.sql(APPLICATION + "WHERE e.learner_id = ? AND e.course_id = ?").params(learnerId, courseId)
                .query(DeliveryStore::application).optional();
    }

    Optional<ApplicationView> application(UUID enrollmentId) {
        return jdbc.sql(APPLICATION + "WHERE e.id = ?").param(enrollmentId).query(DeliveryStore::application).optional();
    }

    /** Locks the learner's enrollment row (after the cohort's, never before, so no two callers wait on each other). */
    Optional<ApplicationView> lockApplication(UUID enrollmentId) {
        jdbc.sql("SELECT id FROM academy.enrollment WHERE id = ? FOR UPDATE").param(enrollmentId).query(UUID.class).optional();
        return application(enrollmentId);
    }

    /**
     * A new application, or a former one (declined, withdrawn) made again: the row keeps its id, version and
     * progress. Empty when the learner already stands in the course (applying twice, even at once).
     */
    Optional<UUID> apply(UUID courseId, UUID versionId, UUID learnerId, EnrollmentStatus status, UUID cohortId) {
        return jdbc.sql("INSERT INTO academy.enrollment AS e (id, course_id, version_id, learner_id, status, cohort_id, waitlisted_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, CASE WHEN ?::text = 'WAITLISTED' THEN now() END) "
                        + "ON CONFLICT (learner_id, course_id) DO UPDATE SET status = EXCLUDED.status, cohort_id = EXCLUDED.cohort_id, "
                        + "waitlisted_at = EXCLUDED.waitlisted_at, decided_at = NULL, decided_by = NULL, decision_reason = NULL, "
                        + "status_at = now() WHERE e.status IN ('DECLINED', 'WITHDRAWN') RETURNING e.id")
                .params(UUID.randomUUID(), courseId, versionId, learnerId, status.name(), cohortId, status.name())
                .query(UUID.class).optional();
    }

    void status(UUID enrollmentId, EnrollmentStatus status, UUID decidedBy, String reason) {
        jdbc.sql("UPDATE academy.enrollment SET status = ?, status_at = now(), decided_by = coalesce(?::uuid, decided_by), "
                        + "decided_at = CASE WHEN ?::uuid IS NULL THEN decided_at ELSE now() END, decision_reason = ?, "
                        + "waitlisted_at = CASE WHEN ?::text = 'WAITLISTED' THEN waitlisted_at END WHERE id = ?")
                .params(status.name(), decidedBy, decidedBy, reason, status.name(), enrollmentId).update();
    }

    List<ApplicationView> pending(UUID courseId) {
        return jdbc.sql(APPLICATION + "WHERE e.course_id = ? AND e.status = 'PENDING' ORDER BY e.enrolled_at, e.id").param(courseId)
                .query(DeliveryStore::application).list();
    }

    List<ApplicationView> inCohort(UUID cohortId, EnrollmentStatus status) {
        return jdbc.sql(APPLICATION + "WHERE e.cohort_id = ? AND e.status = ? ORDER BY e.waitlisted_at NULLS FIRST, e.status_at, e.id")
                .params(cohortId, status.name()).query(DeliveryStore::application).list();
    }

    UUID versionOf(UUID enrollmentId) {
        return jdbc.sql("SELECT version_id FROM academy.enrollment WHERE id = ?").param(enrollmentId).query(UUID.class).single();
    }

    /** The first learner of the cohort's waiting list. */
    Optional<UUID> firstWaiting(UUID cohortId) {
        return jdbc.sql("SELECT id FROM academy.enrollment WHERE cohort_id = ? AND status = 'WAITLISTED' "
                + "ORDER BY waitlisted_at, id LIMIT 1 FOR UPDATE").param(cohortId).query(UUID.class).optional();
    }

    /** Reopens an open course to a learner who withdrew (or was waiting when the mode changed); the row keeps its progress. */
    Optional<UUID> reactivate(UUID learnerId, UUID courseId) {
        return jdbc.sql("UPDATE academy.enrollment SET status = 'ACTIVE', cohort_id = NULL, waitlisted_at = NULL, status_at = now() "
                + "WHERE learner_id = ? AND course_id = ? AND status <> 'ACTIVE' RETURNING id").params(learnerId, courseId)
                .query(UUID.class).optional();
    }

    // cohorts

    void insertCohort(UUID id, UUID courseId, CohortInput in) {
        jdbc.sql("INSERT INTO academy.cohort (id, course_id, semester_id, name, starts_on, ends_on, enroll_opens_on, enroll_closes_on, capacity) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, courseId, in.semesterId(), in.name().strip(), in.startsOn(), in.endsOn(), in.enrollOpensOn(),
                        in.enrollClosesOn(), in.capacity()).update();
    }

    void updateCohort(UUID id, CohortInput in) {
        jdbc.sql("UPDATE academy.cohort SET semester_id = ?, name = ?, starts_on = ?, ends_on = ?, enroll_opens_on = ?, "
                        + "enroll_closes_on = ?, capacity = ? WHERE id = ?")
                .params(in.semesterId(), in.name().strip(), in.startsOn(), in.endsOn(), in.enrollOpensOn(), in.enrollClosesOn(),
                        in.capacity(), id).update();
    }

    Optional<CohortView> cohort(UUID id) {
        return jdbc.sql(COHORT + "WHERE c.id = ?").param(id).query(DeliveryStore::cohort).optional();
    }

    /** The cohort with its row locked until the transaction ends, its seats counted under the lock. */
    Optional<CohortView> lockCohort(UUID id) {
        jdbc.sql("SELECT id FROM academy.cohort WHERE id = ? FOR UPDATE").param(id).query(UUID.class).optional();
        return cohort(id);
    }

    List<CohortView> cohorts(UUID courseId) {
        return jdbc.sql(COHORT + "WHERE c.course_id = ? ORDER BY c.starts_on, c.name").param(courseId).query(DeliveryStore::cohort).list();
    }

    /** The cohorts the learner is in or waits for, with their course titles. */
    List<CalendarCohort> cohortsOf(UUID learnerId) {
        return jdbc.sql("SELECT q.*, v.title_kk, v.title_ru, v.title_en, e.status AS my_status FROM (" + COHORT + ") q "
                        + "JOIN academy.enrollment e ON e.cohort_id = q.id AND e.learner_id = ? AND e.status IN ('ACTIVE', 'WAITLISTED') "
                        + "JOIN academy.course k ON k.id = q.course_id LEFT JOIN academy.course_version v ON v.id = k.published_version_id "
                        + "ORDER BY q.starts_on").param(learnerId)
                .query((rs, n) -> new CalendarCohort(cohort(rs, n), title(rs), EnrollmentStatus.valueOf(rs.getString("my_status"))))
                .list();
    }

    /** The cohorts of the owner's courses. */
    List<CalendarCohort> cohortsOwnedBy(UUID ownerId) {
        return jdbc.sql("SELECT q.*, v.title_kk, v.title_ru, v.title_en FROM (" + COHORT + ") q "
                        + "JOIN academy.course k ON k.id = q.course_id AND k.owner_id = ? "
                        + "LEFT JOIN academy.course_version v ON v.id = coalesce(k.published_version_id, "
                        + "(SELECT d.id FROM academy.course_version d WHERE d.course_id = k.id ORDER BY d.number DESC LIMIT 1)) "
                        + "ORDER BY q.starts_on").param(ownerId)
                .query((rs, n) -> new CalendarCohort(cohort(rs, n), title(rs), null)).list();
    }

    // semesters

    List<SemesterView> semesters() {
        return jdbc.sql("SELECT id, code, name_kk, name_ru, name_en, starts_on, ends_on FROM academy.semester ORDER BY starts_on")
                .query(DeliveryStore::semester).list();
    }

    Optional<SemesterView> semester(UUID id) {
        return jdbc.sql("SELECT id, code, name_kk, name_ru, name_en, starts_on, ends_on FROM academy.semester WHERE id = ?")
                .param(id).query(DeliveryStore::semester).optional();
    }

    void updateSemester(UUID id, SemesterInput in) {
        jdbc.sql("UPDATE academy.semester SET name_kk = ?, name_ru = ?, name_en = ?, starts_on = ?, ends_on = ? WHERE id = ?")
                .params(blank(in.name().kk()), blank(in.name().ru()), blank(in.name().en()), in.startsOn(), in.endsOn(), id).update();
    }

    // live sessions

    void insertSession(UUID id, UUID cohortId, String title, Instant startsAt, int minutes, String url, String place) {
        jdbc.sql("INSERT INTO academy.live_session (id, cohort_id, title, starts_at, minutes, online_url, place) VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(id, cohortId, title, Timestamp.from(startsAt), minutes, url, place).update();
    }

    Optional<SessionView> session(UUID id) {
        return jdbc.sql(SESSION + "WHERE s.id = ?").param(id).query(DeliveryStore::session).optional();
    }

    void deleteSession(UUID id) {
        jdbc.sql("DELETE FROM academy.live_session WHERE id = ?").param(id).update();
    }

    List<SessionView> sessionsOfCohort(UUID cohortId) {
        return jdbc.sql(SESSION + "WHERE s.cohort_id = ? ORDER BY s.starts_at").param(cohortId).query(DeliveryStore::session).list();
    }

    /** The live sessions of the cohorts where the learner holds a seat. */
    List<SessionView> sessionsOf(UUID learnerId) {
        return jdbc.sql(SESSION + "JOIN academy.enrollment e ON e.cohort_id = s.cohort_id AND e.learner_id = ? AND e.status = 'ACTIVE' "
                + "ORDER BY s.starts_at").param(learnerId).query(DeliveryStore::session).list();
    }

    List<SessionView> sessionsOwnedBy(UUID ownerId) {
        return jdbc.sql(SESSION + "WHERE k.owner_id = ? ORDER BY s.starts_at").param(ownerId).query(DeliveryStore::session).list();
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static LocalizedText title(ResultSet rs) throws SQLException {
        return LocalizedText.of(rs.getString("title_kk"), rs.getString("title_ru"), rs.getString("title_en"));
    }

    private static ApplicationView application(ResultSet rs, int row) throws SQLException {
        return new ApplicationView(rs.getObject("id", UUID.class), rs.getObject("course_id", UUID.class),
                rs.getObject("learner_id", UUID.class), EnrollmentStatus.valueOf(rs.getString("status")),
                rs.getObject("cohort_id", UUID.class), VersionStore.instant(rs.getTimestamp("enrolled_at")),
                VersionStore.instant(rs.getTimestamp("waitlisted_at")), rs.getString("decision_reason"), rs.getInt("position"));
    }

    private static CohortView cohort(ResultSet rs, int row) throws SQLException {
        return new CohortView(rs.getObject("id", UUID.class), rs.getObject("course_id", UUID.class),
                rs.getObject("semester_id", UUID.class), rs.getString("name"), rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class), rs.getObject("enroll_opens_on", LocalDate.class),
                rs.getObject("enroll_closes_on", LocalDate.class), rs.getInt("capacity"), rs.getInt("active"), rs.getInt("waiting"));
    }

    private static SemesterView semester(ResultSet rs, int row) throws SQLException {
        return new SemesterView(rs.getObject("id", UUID.class), rs.getString("code"),
                LocalizedText.of(rs.getString("name_kk"), rs.getString("name_ru"), rs.getString("name_en")),
                rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class));
    }

    private static SessionView session(ResultSet rs, int row) throws SQLException {
        return new SessionView(rs.getObject("id", UUID.class), rs.getObject("cohort_id", UUID.class),
                rs.getObject("course_id", UUID.class), title(rs), rs.getString("cohort_name"), rs.getString("title"),
                VersionStore.instant(rs.getTimestamp("starts_at")), rs.getInt("minutes"), rs.getString("online_url"),
                rs.getString("place"));
    }
}
