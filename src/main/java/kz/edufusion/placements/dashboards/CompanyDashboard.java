package kz.edufusion.placements.dashboards;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.common.PageQuery;
import kz.edufusion.common.PageResponse;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.placements.ApplicationStatus;
import kz.edufusion.placements.OfferStatus;
import kz.edufusion.placements.OfferType;
import kz.edufusion.placements.PlacementStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The company representative's figures for one company they represent, each one SQL aggregate, and its interns. */
@Service
public class CompanyDashboard {

    /** One count column per application status, so each offer is one row. */
    private static final String BY_STATUS = Arrays.stream(ApplicationStatus.values())
            .map(s -> "count(a.id) FILTER (WHERE a.status = '" + s.name() + "') AS " + s.name().toLowerCase(java.util.Locale.ROOT))
            .collect(Collectors.joining(", "));

    private final JdbcClient jdbc;
    private final DashboardAccess access;
    private final DashboardRows rows;

    CompanyDashboard(JdbcClient jdbc, DashboardAccess access, DashboardRows rows) {
        this.jdbc = jdbc;
        this.access = access;
        this.rows = rows;
    }

    @Transactional(readOnly = true)
    public CompanyFigures figures(CurrentUser user, UUID requestedCompany, AcademicYear year) {
        UUID company = access.company(user, requestedCompany);
        Map<String, Object> params = rows.params("company", company, year, new PageQuery(0, 1));
        List<CompanyFigures.OfferRow> offers = jdbc.sql("SELECT o.id, o.title_kk, o.title_ru, o.title_en, o.offer_type, o.status, "
                        + "o.starts_on, o.ends_on, o.seats, " + BY_STATUS + ", "
                        + "(SELECT count(*) FROM placements.placement p WHERE p.offer_id = o.id) AS placed "
                        + "FROM placements.offer o LEFT JOIN placements.application a ON a.offer_id = o.id "
                        + "WHERE o.company_id = :company AND o.starts_on <= :last AND o.ends_on >= :first "
                        + "GROUP BY o.id ORDER BY o.starts_on DESC, o.id")
                .params(params)
                .query((rs, n) -> {
                    Map<ApplicationStatus, Long> applicants = new EnumMap<>(ApplicationStatus.class);
                    for (ApplicationStatus s : ApplicationStatus.values()) {
                        applicants.put(s, rs.getLong(s.name().toLowerCase(java.util.Locale.ROOT)));
                    }
                    return new CompanyFigures.OfferRow(rs.getObject("id", UUID.class),
                            LocalizedText.of(rs.getString("title_kk"), rs.getString("title_ru"), rs.getString("title_en")),
                            OfferType.valueOf(rs.getString("offer_type")), OfferStatus.valueOf(rs.getString("status")),
                            rs.getObject("starts_on", java.time.LocalDate.class), rs.getObject("ends_on", java.time.LocalDate.class),
                            rs.getInt("seats"), applicants, rs.getLong("placed"));
                })
                .list();
        Map<PlacementStatus, Long> interns = new EnumMap<>(PlacementStatus.class);
        jdbc.sql("SELECT p.status, count(*) AS n FROM placements.placement p WHERE " + DashboardRows.COMPANY
                        + " AND p.starts_on <= :last AND p.ends_on >= :first GROUP BY p.status")
                .params(params)
                .query(rs -> {
                    interns.put(PlacementStatus.valueOf(rs.getString("status")), rs.getLong("n"));
                });
        List<CompanyFigures.MentorRow> mentors = jdbc.sql("""
                        SELECT p.mentor_id, count(*) FILTER (WHERE p.status IN ('AGREEMENT', 'ACTIVE')) AS current_interns,
                               count(*) AS interns, coalesce(sum(w.pending), 0) AS pending, min(w.oldest) AS oldest
                        FROM placements.placement p
                        LEFT JOIN LATERAL (SELECT count(*) AS pending, min(e.submitted_at) AS oldest FROM placements.diary_entry e
                                           WHERE e.placement_id = p.id AND e.status = 'SUBMITTED') w ON true
                        WHERE p.company_id = :company AND p.starts_on <= :last AND p.ends_on >= :first
                        GROUP BY p.mentor_id ORDER BY p.mentor_id NULLS LAST""")
                .params(params)
                .query((rs, n) -> {
                    UUID mentor = rs.getObject("mentor_id", UUID.class);
                    Timestamp oldest = rs.getTimestamp("oldest");
                    return new CompanyFigures.MentorRow(mentor, mentor == null ? null : rows.name(mentor),
                            rs.getLong("current_interns"), rs.getLong("interns"), rs.getLong("pending"),
                            oldest == null ? null : oldest.toInstant());
                })
                .list();
        return new CompanyFigures(company, year, offers, interns, mentors);
    }

    /**
     * The company's interns of the year, optionally of one status and one mentor ({@code noMentor}: those without
     * one), newest first.
     */
    @Transactional(readOnly = true)
    public PageResponse<DashboardRow> interns(CurrentUser user, UUID requestedCompany, AcademicYear year, PlacementStatus status,
            UUID mentor, boolean noMentor, PageQuery page) {
        UUID company = access.company(user, requestedCompany);
        Map<String, Object> params = rows.params("company", company, year, page);
        StringBuilder condition = new StringBuilder("true");
        if (status != null) {
            condition.append(" AND sc.status = :status");
            params.put("status", status.name());
        }
        if (noMentor) {
            condition.append(" AND sc.mentor_id IS NULL");
        } else if (mentor != null) {
            condition.append(" AND sc.mentor_id = :mentor");
            params.put("mentor", mentor);
        }
        return rows.placements(DashboardRows.COMPANY, condition.toString(), params, page);
    }

}
