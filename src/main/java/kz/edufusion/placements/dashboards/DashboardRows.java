package kz.edufusion.placements.dashboards;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.edufusion.common.PageQuery;
import kz.edufusion.common.PageResponse;
import kz.edufusion.identity.IdentityDirectory;
import kz.edufusion.identity.PersonView;
import kz.edufusion.placements.OfferType;
import kz.edufusion.placements.PlacementStatus;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The placements one organization's dashboard counts, with the diary and risk flags of each placement, and the lists
 * of students and placements behind the figures, a page at a time, with names from the identity directory.
 */
@Component
class DashboardRows {

    static final String UNIVERSITY = "p.university_id = :university";
    static final String COMPANY = "p.company_id = :company";

    private static final String SCOPED = """
            WITH scoped AS (
            SELECT p.id, p.student_id, p.company_name, p.offer_type, p.status, p.starts_on, p.ends_on, p.stipend_kzt,
                   p.mentor_id, coalesce(p.stipend_kzt, 0) > 0 AS paid,
                   CASE WHEN p.status = 'ACTIVE' THEN d.silent END AS silent,
                   p.status = 'ACTIVE' AND d.silent > %d AS late,
                   p.status = 'ACTIVE' AND d.silent > %d AS risk_diary,
                   p.status IN ('AGREEMENT', 'ACTIVE') AND EXISTS (SELECT 1 FROM placements.evaluation e
                       WHERE e.placement_id = p.id AND e.stage = 'MID' AND e.evaluator IN ('MENTOR', 'TUTOR')
                       AND e.score < :minimum) AS risk_score,
                   p.status IN ('TERMINATED', 'INCOMPLETE') AS risk_ended
            FROM placements.placement p
            LEFT JOIN LATERAL (SELECT %s AS silent FROM placements.diary_entry e
                               WHERE e.placement_id = p.id AND p.status = 'ACTIVE') d ON true
            WHERE {organization} AND p.starts_on <= :last AND p.ends_on >= :first)
            """.formatted(DiaryRule.LATE_AFTER_WORKING_DAYS, DiaryRule.AT_RISK_AFTER_WORKING_DAYS,
            DiaryRule.silentDaysSql("p", "max(e.entry_date)"));

    private final JdbcClient jdbc;
    private final IdentityDirectory directory;
    private final DashboardAccess access;
    private final int minimumScore;

    DashboardRows(JdbcClient jdbc, IdentityDirectory directory, DashboardAccess access,
            @Value("${edufusion.placements.minimum-score:60}") int minimumScore) {
        this.jdbc = jdbc;
        this.directory = directory;
        this.access = access;
        this.minimumScore = minimumScore;
    }

    /** The minimum score of an evaluation ({@code edufusion.placements.minimum-score}, 60 by default). */
    int minimumScore() {
        return minimumScore;
    }

    /**
     * The parameters of {@link #scoped}: the organization under {@code key}, the year's days, today, the minimum
     * score, and {@code limit}/{@code offset} of the page; a mutable map, for a list to add its own.
     */
    Map<String, Object> params(String key, UUID organization, AcademicYear year, PageQuery page) {
        Map<String, Object> params = new java.util.HashMap<>();
        params.put(key, organization);
        params.put("first", year.firstDay());
        params.put("last", year.lastDay());
        params.put("today", access.today());
        params.put("minimum", minimumScore);
        params.put("limit", page.size());
        params.put("offset", page.offset());
        return params;
    }

    /**
     * A {@code WITH scoped AS (...)} of the organization's placements touching the year (parameters {@code first},
     * {@code last}, {@code today}, {@code minimum} and the organization's), with the flags {@code paid}, {@code late},
     * {@code risk_diary}, {@code risk_score}, {@code risk_ended} and the diary's {@code silent} working days.
     */
    static String scoped(String organizationCondition) {
        return SCOPED.replace("{organization}", organizationCondition);
    }

    PageResponse<DashboardRow> students(String where, Map<String, Object> params, PageQuery page) {
        List<DashboardRow> found = new ArrayList<>();
        long[] total = {0};
        jdbc.sql("SELECT s.person_id, s.program_code, s.year_of_study, count(*) OVER () AS total "
                        + "FROM placements.student_profile s WHERE " + where
                        + " ORDER BY s.program_code NULLS LAST, s.year_of_study, s.person_id LIMIT :limit OFFSET :offset")
                .params(params)
                .query(rs -> {
                    total[0] = rs.getLong("total");
                    UUID student = rs.getObject("person_id", UUID.class);
                    found.add(new DashboardRow(student, name(student), rs.getString("program_code"),
                            rs.getInt("year_of_study"), null, null, null, null, null, null, null, null, false, false,
                            false, null, null, 0, null));
                });
        return PageResponse.of(found, page, total[0]);
    }

    /** The organization's placements of the year meeting {@code condition} (on the scoped columns), newest first. */
    PageResponse<DashboardRow> placements(String organizationCondition, String condition, Map<String, Object> params,
            PageQuery page) {
        List<DashboardRow> found = new ArrayList<>();
        long[] total = {0};
        jdbc.sql(scoped(organizationCondition) + """
                        SELECT sc.*, s.program_code, s.year_of_study, w.pending, w.oldest, count(*) OVER () AS total
                        FROM scoped sc
                        LEFT JOIN placements.student_profile s ON s.person_id = sc.student_id
                        LEFT JOIN LATERAL (SELECT count(*) AS pending, min(e.submitted_at) AS oldest FROM placements.diary_entry e
                                           WHERE e.placement_id = sc.id AND e.status = 'SUBMITTED') w ON true
                        """ + "WHERE " + condition + " ORDER BY sc.starts_on DESC, sc.id LIMIT :limit OFFSET :offset")
                .params(params)
                .query(rs -> {
                    total[0] = rs.getLong("total");
                    found.add(placement(rs));
                });
        return PageResponse.of(found, page, total[0]);
    }

    private DashboardRow placement(ResultSet rs) throws SQLException {
        UUID student = rs.getObject("student_id", UUID.class);
        UUID mentor = rs.getObject("mentor_id", UUID.class);
        Timestamp oldest = rs.getTimestamp("oldest");
        return new DashboardRow(student, name(student), rs.getString("program_code"), (Integer) rs.getObject("year_of_study"),
                rs.getObject("id", UUID.class), rs.getString("company_name"), OfferType.valueOf(rs.getString("offer_type")),
                PlacementStatus.valueOf(rs.getString("status")), rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class), (Integer) rs.getObject("stipend_kzt"),
                (Integer) rs.getObject("silent"), rs.getBoolean("risk_diary"), rs.getBoolean("risk_score"),
                rs.getBoolean("risk_ended"), mentor, mentor == null ? null : name(mentor), rs.getLong("pending"),
                oldest == null ? null : oldest.toInstant());
    }

    String name(UUID person) {
        return directory.person(person).map(PersonView::fullName).orElse("");
    }
}
