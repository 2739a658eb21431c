package kz.edufusion.academy.analytics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.edufusion.academy.records.Activities;
import kz.edufusion.academy.records.Verb;
import kz.edufusion.common.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The analytics' queries: one grouped scan of {@code enrollment_fact} (with the enrollment for completion, the
 * learner's declared gender and the remote-region list) per table, and one grouped scan of the learning records for
 * pass rates and lesson reach. The indexes on (semester, course_id), (course_id, semester), (organization_id,
 * semester) and (course_id, verb_id, object_id) keep each at a few tens of milliseconds at 100,000 enrollments.
 */
@Repository
class AnalyticsQueries {

    /** A group of the scope and its counts, before anything is hidden. */
    record Counts(String key, long enrollments, long stem, long stemFemale, long stemDeclared, long female, long male,
            long remote, long completed) {
    }

    /** Which enrollments a figure counts: one university, one course and/or one semester (null = every). */
    record Scope(UUID university, UUID course, String semester) {
    }

    enum Grouping {
        SEMESTER("f.semester"), REGION("f.region_code"), UNIVERSITY("f.organization_id::text"), COURSE("f.course_id::text"),
        ALL("'all'");

        final String expression;

        Grouping(String expression) {
            this.expression = expression;
        }
    }

    private final JdbcClient jdbc;
    private final Activities activities;

    AnalyticsQueries(JdbcClient jdbc, Activities activities) {
        this.jdbc = jdbc;
        this.activities = activities;
    }

    List<Counts> counts(Scope scope, Grouping grouping) {
        Map<String, Object> params = new LinkedHashMap<>();
        String sql = "SELECT " + grouping.expression + " AS k, count(*) AS n, count(*) FILTER (WHERE f.stem) AS stem, "
                + "count(*) FILTER (WHERE f.stem AND p.gender = 'FEMALE') AS stem_female, "
                + "count(*) FILTER (WHERE f.stem AND p.gender IN ('FEMALE', 'MALE')) AS stem_declared, "
                + "count(*) FILTER (WHERE p.gender = 'FEMALE') AS female, count(*) FILTER (WHERE p.gender = 'MALE') AS male, "
                + "count(*) FILTER (WHERE rr.region_code IS NOT NULL) AS remote, "
                + "count(*) FILTER (WHERE e.completed_at IS NOT NULL) AS completed "
                + "FROM academy.enrollment_fact f JOIN academy.enrollment e ON e.id = f.enrollment_id "
                + "LEFT JOIN academy.learner_profile p ON p.person_id = f.learner_id "
                + "LEFT JOIN academy.remote_region rr ON rr.region_code = f.region_code WHERE true" + where(scope, params)
                + " GROUP BY 1 ORDER BY 1";
        return bind(sql, params).query((rs, n) -> new Counts(rs.getString("k"), rs.getLong("n"), rs.getLong("stem"),
                rs.getLong("stem_female"), rs.getLong("stem_declared"), rs.getLong("female"), rs.getLong("male"),
                rs.getLong("remote"), rs.getLong("completed"))).list();
    }

    /** Per group: enrollments with a graded quiz attempt, and those with at least one passed attempt. */
    Map<String, long[]> quizzes(Scope scope, Grouping grouping) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("passed", Verb.PASSED.iri());
        params.put("failed", Verb.FAILED.iri());
        params.put("quiz", activities.homePage() + "/xapi/activities/quiz/%");
        String sql = "SELECT " + grouping.expression + " AS k, count(DISTINCT s.registration) AS attempted, "
                + "count(DISTINCT s.registration) FILTER (WHERE s.verb_id = :passed) AS passed "
                + "FROM academy.xapi_statement s JOIN academy.enrollment_fact f ON f.enrollment_id = s.registration "
                + "WHERE s.verb_id IN (:passed, :failed) AND s.object_id LIKE :quiz" + where(scope, params).replace("f.course_id = :course",
                "s.course_id = :course AND f.course_id = :course") + " GROUP BY 1";
        Map<String, long[]> result = new LinkedHashMap<>();
        bind(sql, params).query((org.springframework.jdbc.core.RowCallbackHandler) rs ->
                result.put(rs.getString("k"), new long[] {rs.getLong("attempted"), rs.getLong("passed")}));
        return result;
    }

    /**
     * Per lesson activity of one course: the learners (registrations) who opened it and who completed it, from one
     * scan of the course's statements. DISTINCT in a subquery lets PostgreSQL hash the pairs, where count(DISTINCT)
     * would sort every statement.
     */
    Map<String, long[]> lessonLearners(UUID courseId) {
        Map<String, long[]> result = new LinkedHashMap<>();
        jdbc.sql("SELECT object_id, count(*) FILTER (WHERE verb_id = ?), count(*) FILTER (WHERE verb_id = ?) FROM "
                        + "(SELECT DISTINCT object_id, verb_id, registration FROM academy.xapi_statement WHERE course_id = ? "
                        + "AND verb_id IN (?, ?) AND object_id LIKE ?) pairs GROUP BY object_id")
                .params(Verb.EXPERIENCED.iri(), Verb.COMPLETED.iri(), courseId, Verb.EXPERIENCED.iri(), Verb.COMPLETED.iri(),
                        activities.homePage() + "/xapi/activities/lesson/%")
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs ->
                        result.put(rs.getString(1), new long[] {rs.getLong(2), rs.getLong(3)}));
        return result;
    }

    /** The lessons of the course's published version in course order: key and title. */
    List<Map.Entry<UUID, LocalizedText>> publishedLessons(UUID courseId) {
        return jdbc.sql("SELECT l.lesson_key, l.title_kk, l.title_ru, l.title_en FROM academy.course c "
                        + "JOIN academy.lesson l ON l.version_id = c.published_version_id JOIN academy.course_module m ON m.id = l.module_id "
                        + "WHERE c.id = ? ORDER BY m.position, l.position")
                .param(courseId)
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), LocalizedText.of(rs.getString(2), rs.getString(3),
                        rs.getString(4))))
                .list();
    }

    /** Titles of the courses' published versions (only published courses take enrollments), by course id. */
    Map<UUID, LocalizedText> courseTitles(List<UUID> courseIds) {
        Map<UUID, LocalizedText> titles = new LinkedHashMap<>();
        if (courseIds.isEmpty()) {
            return titles;
        }
        jdbc.sql("SELECT c.id, v.title_kk, v.title_ru, v.title_en FROM academy.course c JOIN academy.course_version v "
                        + "ON v.id = c.published_version_id WHERE c.id IN (:ids)")
                .param("ids", courseIds)
                .query((org.springframework.jdbc.core.RowCallbackHandler) rs -> titles.put(rs.getObject(1, UUID.class),
                        LocalizedText.of(rs.getString(2), rs.getString(3), rs.getString(4))));
        return titles;
    }

    boolean owns(UUID personId, UUID courseId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM academy.course WHERE id = ? AND owner_id = ?)").params(courseId, personId)
                .query(Boolean.class).single();
    }

    private static String where(Scope scope, Map<String, Object> params) {
        StringBuilder where = new StringBuilder();
        if (scope.university() != null) {
            where.append(" AND f.organization_id = :university");
            params.put("university", scope.university());
        }
        if (scope.course() != null) {
            where.append(" AND f.course_id = :course");
            params.put("course", scope.course());
        }
        if (scope.semester() != null) {
            where.append(" AND f.semester = :semester");
            params.put("semester", scope.semester());
        }
        return where.toString();
    }

    private JdbcClient.StatementSpec bind(String sql, Map<String, Object> params) {
        JdbcClient.StatementSpec spec = jdbc.sql(sql);
        for (Map.Entry<String, Object> p : params.entrySet()) {
            spec = spec.param(p.getKey(), p.getValue());
        }
        return spec;
    }
}
