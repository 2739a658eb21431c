package kz.edufusion.placements.dashboards;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.IdentityDirectory;
import kz.edufusion.identity.OrganizationType;
import kz.edufusion.identity.OrganizationView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The national view of internships and dual education, for the ministry's analysts and the platform's
 * administrators. One SQL statement counts every row: the placements touching the year (any status), grouped by
 * GROUPING SETS into regions, NACE sections, fields of education and the total. A placement's region is its offer's
 * region (where the work is), else its company's; the company's region and NACE section come from the identity
 * directory and are passed to the statement as arrays, since the placements module never reads identity's tables.
 */
@Service
public class MinistryDashboard {

    private static final String COUNTS = """
            WITH org(id, region_code, section) AS (SELECT * FROM unnest(CAST(:orgIds AS uuid[]), CAST(:orgRegions AS text[]),
                                                                        CAST(:orgSections AS text[]))),
            base AS (
                SELECT p.student_id, p.company_id, p.offer_type, p.status, coalesce(p.stipend_kzt, 0) > 0 AS paid,
                       coalesce(o.region_code, org.region_code) AS region_code, org.section, s.field_code,
                       coalesce(j.accepted, false) AS hired
                FROM placements.placement p
                LEFT JOIN placements.offer o ON o.id = p.offer_id
                LEFT JOIN org ON org.id = p.company_id
                LEFT JOIN placements.student_profile s ON s.person_id = p.student_id
                LEFT JOIN placements.job_offer j ON j.placement_id = p.id
                WHERE p.starts_on <= :last AND p.ends_on >= :first {type})
            SELECT GROUPING(region_code) AS g_region, GROUPING(section) AS g_section, GROUPING(field_code) AS g_field,
                   region_code, section, field_code, count(*) AS placements, count(DISTINCT student_id) AS students,
                   count(*) FILTER (WHERE paid) AS paid,
                   count(DISTINCT company_id) FILTER (WHERE offer_type = 'DUAL') AS dual_companies,
                   count(DISTINCT student_id) FILTER (WHERE offer_type = 'DUAL') AS dual_students,
                   count(*) FILTER (WHERE status = 'COMPLETED') AS completed,
                   count(*) FILTER (WHERE status = 'COMPLETED' AND hired) AS hired
            FROM base {region}
            GROUP BY GROUPING SETS ((region_code), (section), (field_code), ())
            ORDER BY region_code NULLS LAST, section NULLS LAST, field_code NULLS LAST
            """;

    private final JdbcClient jdbc;
    private final IdentityDirectory directory;

    MinistryDashboard(JdbcClient jdbc, IdentityDirectory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    @Transactional(readOnly = true)
    public MinistryFigures figures(CurrentUser user, DashboardFilter filter) {
        DashboardAccess.requireNational(user);
        List<OrganizationView> companies = companies(filter);
        Map<String, Object> params = new HashMap<>();
        params.put("first", filter.year().firstDay());
        params.put("last", filter.year().lastDay());
        params.put("orgIds", companies.stream().map(OrganizationView::id).toArray(UUID[]::new));
        params.put("orgRegions", companies.stream().map(OrganizationView::regionCode).toArray(String[]::new));
        params.put("orgSections", companies.stream().map(OrganizationView::okedSection).toArray(String[]::new));
        String sql = COUNTS.replace("{type}", filter.offerType() == null ? "" : "AND p.offer_type = :type")
                .replace("{region}", filter.regionCode() == null ? "" : "WHERE region_code = :region");
        if (filter.offerType() != null) {
            params.put("type", filter.offerType().name());
        }
        if (filter.regionCode() != null) {
            params.put("region", filter.regionCode());
        }
        List<MinistryRow> regions = new ArrayList<>();
        List<MinistryRow> sectors = new ArrayList<>();
        List<MinistryRow> fields = new ArrayList<>();
        MinistryRow[] total = {MinistryRow.of(null, 0, 0, 0, 0, 0, 0, 0)};
        long[] dual = {0, 0};
        jdbc.sql(sql).params(params).query(rs -> {
            boolean byRegion = rs.getInt("g_region") == 0;
            boolean bySection = rs.getInt("g_section") == 0;
            boolean byField = rs.getInt("g_field") == 0;
            String code = byRegion ? rs.getString("region_code") : bySection ? rs.getString("section")
                    : byField ? rs.getString("field_code") : null;
            MinistryRow row = MinistryRow.of(code, rs.getLong("placements"), rs.getLong("students"), rs.getLong("paid"),
                    rs.getLong("dual_companies"), rs.getLong("dual_students"), rs.getLong("completed"), rs.getLong("hired"));
            if (byRegion) {
                regions.add(row);
            } else if (bySection) {
                sectors.add(row);
            } else if (byField) {
                fields.add(row);
            } else {
                total[0] = row;
                dual[0] = rs.getLong("dual_companies");
                dual[1] = rs.getLong("dual_students");
            }
        });
        return new MinistryFigures(filter, total[0], regions, sectors, fields,
                new KazdualProgress(dual[0], SmallCells.shown(dual[1])));
    }

    /**
     * The companies with placements touching the year, as the identity directory knows them: every active company in
     * one call, and those no longer active one by one (a suspended company's interns still count).
     */
    private List<OrganizationView> companies(DashboardFilter filter) {
        Map<UUID, OrganizationView> active = new HashMap<>();
        directory.activeOrganizations(OrganizationType.COMPANY).forEach(o -> active.put(o.id(), o));
        List<UUID> placed = jdbc.sql("SELECT DISTINCT company_id FROM placements.placement WHERE company_id IS NOT NULL "
                        + "AND starts_on <= :last AND ends_on >= :first")
                .param("first", filter.year().firstDay()).param("last", filter.year().lastDay())
                .query(UUID.class).list();
        List<OrganizationView> found = new ArrayList<>();
        for (UUID id : placed) {
            OrganizationView company = active.get(id);
            if (company == null) {
                directory.organization(id).ifPresent(found::add);
            } else {
                found.add(company);
            }
        }
        return found;
    }
}
