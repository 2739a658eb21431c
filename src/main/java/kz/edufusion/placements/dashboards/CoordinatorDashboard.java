package kz.edufusion.placements.dashboards;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.edufusion.common.PageQuery;
import kz.edufusion.common.PageResponse;
import kz.edufusion.identity.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator's figures for one university they coordinate and one academic year, each counted by one SQL
 * aggregate, and the lists behind them. A placement is at risk when its diary is silent for more than
 * {@link DiaryRule#AT_RISK_AFTER_WORKING_DAYS} working days, when it is not finished and a mid-term evaluation by the
 * mentor or the tutor is below {@code edufusion.placements.minimum-score} (60), or when it was TERMINATED or ended
 * INCOMPLETE. Self-evaluations are not a risk signal.
 */
@Service
public class CoordinatorDashboard {

    /** The student holds a placement that counts as placed in the year. */
    private static final String PLACED = """
            EXISTS (SELECT 1 FROM placements.placement p WHERE p.student_id = s.person_id
                    AND p.status IN ('AGREEMENT', 'ACTIVE', 'COMPLETED') AND p.starts_on <= :last AND p.ends_on >= :first)""";

    private final JdbcClient jdbc;
    private final DashboardAccess access;
    private final DashboardRows rows;

    CoordinatorDashboard(JdbcClient jdbc, DashboardAccess access, DashboardRows rows) {
        this.jdbc = jdbc;
        this.access = access;
        this.rows = rows;
    }

    @Transactional(readOnly = true)
    public CoordinatorFigures figures(CurrentUser user, UUID requestedUniversity, AcademicYear year) {
        UUID university = access.university(user, requestedUniversity);
        Map<String, Object> params = rows.params("university", university, year, new PageQuery(0, 1));
        List<CoordinatorFigures.ProgramRow> programs = jdbc.sql("SELECT s.program_code, s.year_of_study, count(*) AS students, "
                        + "count(*) FILTER (WHERE " + PLACED + ") AS placed FROM placements.student_profile s "
                        + "WHERE s.university_id = :university GROUP BY s.program_code, s.year_of_study "
                        + "ORDER BY s.program_code NULLS LAST, s.year_of_study")
                .params(params)
                .query((rs, n) -> new CoordinatorFigures.ProgramRow(rs.getString("program_code"), rs.getInt("year_of_study"),
                        rs.getLong("students"), rs.getLong("placed")))
                .list();
        return jdbc.sql(DashboardRows.scoped(DashboardRows.UNIVERSITY) + "SELECT count(*) AS placements, count(*) FILTER (WHERE paid) AS paid, "
                        + "count(*) FILTER (WHERE status = 'ACTIVE') AS active, count(*) FILTER (WHERE late) AS late, "
                        + "count(DISTINCT student_id) FILTER (WHERE risk_diary OR risk_score OR risk_ended) AS at_risk, "
                        + "count(DISTINCT student_id) FILTER (WHERE risk_diary) AS risk_diary, "
                        + "count(DISTINCT student_id) FILTER (WHERE risk_score) AS risk_score, "
                        + "count(DISTINCT student_id) FILTER (WHERE risk_ended) AS risk_ended FROM scoped")
                .params(params)
                .query((rs, n) -> new CoordinatorFigures(university, year, rows.minimumScore(),
                        programs.stream().mapToLong(CoordinatorFigures.ProgramRow::students).sum(),
                        programs.stream().mapToLong(CoordinatorFigures.ProgramRow::placed).sum(),
                        rs.getLong("placements"), rs.getLong("paid"), rs.getLong("active"), rs.getLong("late"),
                        rs.getLong("at_risk"), rs.getLong("risk_diary"), rs.getLong("risk_score"), rs.getLong("risk_ended"),
                        programs))
                .single();
    }

    /**
     * The rows behind one figure, a page at a time: students (optionally of one program, "-" for none, and one year
     * of study) or placements, in a stable order.
     */
    @Transactional(readOnly = true)
    public PageResponse<DashboardRow> list(CurrentUser user, UUID requestedUniversity, AcademicYear year, CoordinatorList list,
            String program, Integer yearOfStudy, PageQuery page) {
        UUID university = access.university(user, requestedUniversity);
        Map<String, Object> params = rows.params("university", university, year, page);
        if (list.students()) {
            StringBuilder where = new StringBuilder("s.university_id = :university AND ")
                    .append(list == CoordinatorList.PLACED ? "" : "NOT ").append(PLACED);
            if ("-".equals(program)) {
                where.append(" AND s.program_code IS NULL");
            } else if (program != null && !program.isBlank()) {
                where.append(" AND s.program_code = :program");
                params.put("program", program.strip());
            }
            if (yearOfStudy != null) {
                where.append(" AND s.year_of_study = :yearOfStudy");
                params.put("yearOfStudy", yearOfStudy);
            }
            return rows.students(where.toString(), params, page);
        }
        String condition = switch (list) {
            case PAID -> "paid";
            case UNPAID -> "NOT paid";
            case LATE -> "late";
            case AT_RISK -> "(risk_diary OR risk_score OR risk_ended)";
            default -> "true";
        };
        return rows.placements(DashboardRows.UNIVERSITY, condition, params, page);
    }

}
