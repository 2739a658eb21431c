package kz.edufusion.academy.domain;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.edufusion.academy.CourseFormat;
import kz.edufusion.academy.CourseLevel;
import kz.edufusion.academy.Delivery;
import kz.edufusion.academy.VersionStatus;
import kz.edufusion.common.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Courses and their versions in the academy schema. Every write of a version touches only a DRAFT row. */
@Repository
class VersionStore {

    static final String COLUMNS = "v.id, v.course_id, v.number, v.status, v.title_kk, v.title_ru, v.title_en, v.summary_kk, "
            + "v.summary_ru, v.summary_en, v.description_kk, v.description_ru, v.description_en, v.level, v.hours, v.ects, "
            + "v.format, v.delivery, v.languages, v.tags, v.gender_inclusive, v.climate_neutral, v.lesson_count, "
            + "v.published_at, v.updated_at";

    private final JdbcClient jdbc;

    VersionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertCourse(UUID id, UUID ownerId, UUID organizationId) {
        jdbc.sql("INSERT INTO academy.course (id, owner_id, organization_id) VALUES (?, ?, ?)")
                .params(id, ownerId, organizationId).update();
    }

    void insertDraft(UUID versionId, UUID courseId, int number, CourseDetails d, UUID createdBy, UUID basedOn) {
        jdbc.sql("INSERT INTO academy.course_version (id, course_id, number, status, title_kk, title_ru, title_en, summary_kk, "
                        + "summary_ru, summary_en, description_kk, description_ru, description_en, level, hours, ects, format, "
                        + "delivery, languages, tags, based_on, created_by) "
                        + "VALUES (?,?,?,'DRAFT',?,?,?,?,?,?,?,?,?,?,?,?,?,?,?::varchar(2)[],?::text[],?,?)")
                .params(versionId, courseId, number, d.title().kk(), d.title().ru(), d.title().en(), d.summary().kk(),
                        d.summary().ru(), d.summary().en(), d.description().kk(), d.description().ru(), d.description().en(),
                        d.level().name(), d.hours(), d.ects(), d.format().name(), d.delivery().name(),
                        d.languages().toArray(String[]::new), d.tags().toArray(String[]::new), basedOn, createdBy)
                .update();
        writePrerequisites(versionId, d.prerequisites());
    }

    int updateDraft(UUID versionId, CourseDetails d) {
        int updated = jdbc.sql("UPDATE academy.course_version SET title_kk = ?, title_ru = ?, title_en = ?, summary_kk = ?, "
                        + "summary_ru = ?, summary_en = ?, description_kk = ?, description_ru = ?, description_en = ?, level = ?, "
                        + "hours = ?, ects = ?, format = ?, delivery = ?, languages = ?::varchar(2)[], tags = ?::text[], "
                        + "updated_at = now() WHERE id = ? AND status = 'DRAFT'")
                .params(d.title().kk(), d.title().ru(), d.title().en(), d.summary().kk(), d.summary().ru(), d.summary().en(),
                        d.description().kk(), d.description().ru(), d.description().en(), d.level().name(), d.hours(), d.ects(),
                        d.format().name(), d.delivery().name(), d.languages().toArray(String[]::new),
                        d.tags().toArray(String[]::new), versionId)
                .update();
        if (updated == 1) {
            jdbc.sql("DELETE FROM academy.course_prerequisite WHERE version_id = ?").param(versionId).update();
            writePrerequisites(versionId, d.prerequisites());
        }
        return updated;
    }

    void setMarks(UUID versionId, boolean genderInclusive, boolean climateNeutral) {
        jdbc.sql("UPDATE academy.course_version SET gender_inclusive = ?, climate_neutral = ?, updated_at = now() "
                + "WHERE id = ? AND status = 'DRAFT'").params(genderInclusive, climateNeutral, versionId).update();
    }

    void touch(UUID versionId) {
        jdbc.sql("UPDATE academy.course_version SET updated_at = now() WHERE id = ? AND status = 'DRAFT'").param(versionId).update();
    }

    /** DRAFT -> PUBLISHED, the one update a version's row ever gets after its draft days; false when not a draft. */
    boolean publish(UUID versionId, UUID by, int lessonCount) {
        return jdbc.sql("UPDATE academy.course_version SET status = 'PUBLISHED', lesson_count = ?, published_at = now(), "
                + "published_by = ? WHERE id = ? AND status = 'DRAFT'").params(lessonCount, by, versionId).update() == 1;
    }

    void showInCatalog(UUID courseId, UUID versionId) {
        jdbc.sql("UPDATE academy.course SET published_version_id = ? WHERE id = ?").params(versionId, courseId).update();
    }

    Optional<CourseRow> course(UUID id) {
        return jdbc.sql("SELECT id, owner_id, organization_id, published_version_id FROM academy.course WHERE id = ?")
                .param(id).query(VersionStore::courseRow).optional();
    }

    /** The course with its row locked until the transaction ends: publishing and new drafts of it take turns. */
    Optional<CourseRow> lockCourse(UUID id) {
        return jdbc.sql("SELECT id, owner_id, organization_id, published_version_id FROM academy.course WHERE id = ? FOR UPDATE")
                .param(id).query(VersionStore::courseRow).optional();
    }

    Optional<VersionView> version(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM academy.course_version v WHERE v.id = ?").param(id)
                .query(this::withPrerequisites).optional();
    }

    Optional<VersionView> draftOf(UUID courseId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM academy.course_version v WHERE v.course_id = ? AND v.status = 'DRAFT'")
                .param(courseId).query(this::withPrerequisites).optional();
    }

    List<VersionView> versions(UUID courseId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM academy.course_version v WHERE v.course_id = ? ORDER BY v.number DESC")
                .param(courseId).query(VersionStore::version).list();
    }

    /** Whether the (published) version was ever submitted for accreditation: QA reviewers may then read it. */
    boolean submittedForAccreditation(UUID versionId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM academy.accreditation_submission WHERE version_id = ?)").param(versionId)
                .query(Boolean.class).single();
    }

    int nextNumber(UUID courseId) {
        return jdbc.sql("SELECT coalesce(max(number), 0) + 1 FROM academy.course_version WHERE course_id = ?").param(courseId)
                .query(Integer.class).single();
    }

    /** The owner's courses, each with its newest version (the draft when there is one). */
    List<VersionView> newestOfOwner(UUID ownerId) {
        return jdbc.sql("SELECT DISTINCT ON (v.course_id) " + COLUMNS + " FROM academy.course c "
                        + "JOIN academy.course_version v ON v.course_id = c.id WHERE c.owner_id = ? ORDER BY v.course_id, v.number DESC")
                .param(ownerId).query(VersionStore::version).list().stream()
                .sorted((a, b) -> b.updatedAt().compareTo(a.updatedAt())).toList();
    }

    /** Titles of published courses, for prerequisite pickers and lists, by course id. */
    List<CourseTitle> publishedTitles(List<UUID> courseIds) {
        return jdbc.sql("SELECT c.id, v.title_kk, v.title_ru, v.title_en FROM academy.course c "
                        + "JOIN academy.course_version v ON v.id = c.published_version_id "
                        + (courseIds == null ? "" : "WHERE c.id = ANY(?) ") + "ORDER BY coalesce(v.title_en, v.title_ru, v.title_kk)")
                .params(courseIds == null ? new Object[0] : new Object[] {courseIds.toArray(UUID[]::new)})
                .query((rs, n) -> new CourseTitle(rs.getObject(1, UUID.class),
                        LocalizedText.of(rs.getString(2), rs.getString(3), rs.getString(4))))
                .list();
    }

    private void writePrerequisites(UUID versionId, List<UUID> courses) {
        courses.forEach(c -> jdbc.sql("INSERT INTO academy.course_prerequisite (version_id, prerequisite_course) VALUES (?, ?)")
                .params(versionId, c).update());
    }

    private VersionView withPrerequisites(ResultSet rs, int row) throws SQLException {
        VersionView v = version(rs, row);
        List<UUID> prerequisites = jdbc.sql("SELECT prerequisite_course FROM academy.course_prerequisite WHERE version_id = ?")
                .param(v.id()).query((r, n) -> r.getObject(1, UUID.class)).list();
        CourseDetails d = v.details();
        return new VersionView(v.id(), v.courseId(), v.number(), v.status(), new CourseDetails(d.title(), d.summary(),
                d.description(), d.level(), d.hours(), d.ects(), d.format(), d.delivery(), d.languages(), d.tags(), prerequisites),
                v.genderInclusive(), v.climateNeutral(), v.lessonCount(), v.publishedAt(), v.updatedAt());
    }

    static VersionView version(ResultSet rs, int row) throws SQLException {
        CourseDetails details = new CourseDetails(text(rs, "title"), text(rs, "summary"), text(rs, "description"),
                CourseLevel.valueOf(rs.getString("level")), rs.getInt("hours"), rs.getBigDecimal("ects"),
                CourseFormat.valueOf(rs.getString("format")), Delivery.valueOf(rs.getString("delivery")),
                strings(rs.getArray("languages")), strings(rs.getArray("tags")), List.of());
        return new VersionView(rs.getObject("id", UUID.class), rs.getObject("course_id", UUID.class), rs.getInt("number"),
                VersionStatus.valueOf(rs.getString("status")), details, rs.getBoolean("gender_inclusive"),
                rs.getBoolean("climate_neutral"), rs.getInt("lesson_count"), instant(rs.getTimestamp("published_at")),
                instant(rs.getTimestamp("updated_at")));
    }

    static LocalizedText text(ResultSet rs, String prefix) throws SQLException {
        return LocalizedText.of(rs.getString(prefix + "_kk"), rs.getString(prefix + "_ru"), rs.getString(prefix + "_en"));
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static CourseRow courseRow(ResultSet rs, int row) throws SQLException {
        return new CourseRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                rs.getObject(4, UUID.class));
    }
}
