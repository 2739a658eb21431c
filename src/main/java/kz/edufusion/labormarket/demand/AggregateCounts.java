package kz.edufusion.labormarket.demand;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.edufusion.labormarket.MonthlyDemand;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts read from the aggregates. Counts of several months are sums of monthly rows (a vacancy has one
 * month); every query names one region key and one section key, so rollup rows are never added twice.
 */
@Component
class AggregateCounts {

    private static final String SKILL_ROWS = """
            FROM labormarket.demand_aggregate WHERE region_code = :region AND nace_section = :nace
            AND month BETWEEN :from AND :to""";

    /** Vacancies and vacancies with a salary. */
    record Count(long vacancies, long withSalary) {
        static final Count NONE = new Count(0, 0);
    }

    record SkillCount(String skillUri, long vacancies, long withSalary) {
    }

    private final JdbcClient jdbc;

    AggregateCounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One page of skills, most vacancies first (ties by URI, so pages are stable). */
    List<SkillCount> topSkills(Grain grain, int limit, long offset) {
        return jdbc.sql("SELECT skill_uri, sum(vacancies) AS n, sum(with_salary) AS s " + SKILL_ROWS
                        + (grain.skill() == null ? "" : " AND skill_uri = :skill")
                        + " GROUP BY skill_uri ORDER BY n DESC, skill_uri LIMIT :limit OFFSET :offset")
                .params(grain.params()).param("limit", limit).param("offset", offset)
                .query((rs, n) -> new SkillCount(rs.getString(1), rs.getLong(2), rs.getLong(3))).list();
    }

    long skillCount(Grain grain) {
        return jdbc.sql("SELECT count(DISTINCT skill_uri) " + SKILL_ROWS
                        + (grain.skill() == null ? "" : " AND skill_uri = :skill"))
                .params(grain.params()).query(Long.class).single();
    }

    Map<String, Count> skills(Grain grain, Collection<String> uris) {
        Map<String, Count> counts = new HashMap<>();
        if (uris.isEmpty()) {
            return counts;
        }
        jdbc.sql("SELECT skill_uri, sum(vacancies), sum(with_salary) " + SKILL_ROWS
                        + " AND skill_uri IN (:uris) GROUP BY skill_uri")
                .params(grain.params()).param("uris", List.copyOf(uris))
                .query((rs, n) -> counts.put(rs.getString(1), new Count(rs.getLong(2), rs.getLong(3)))).list();
        return counts;
    }

    Count skill(Grain grain, String uri) {
        return skills(grain, List.of(uri)).getOrDefault(uri, Count.NONE);
    }

    /** All vacancies of the grain (with or without skills). */
    Count total(Grain grain) {
        return jdbc.sql("SELECT coalesce(sum(vacancies), 0), coalesce(sum(with_salary), 0) FROM labormarket.demand_total "
                        + "WHERE region_code = :region AND nace_section = :nace AND month BETWEEN :from AND :to")
                .params(grain.params()).query((rs, n) -> new Count(rs.getLong(1), rs.getLong(2))).single();
    }

    /** Per region (key '' = unknown) over the period: the skill's vacancies, or all when {@code skill} is null. */
    Map<String, Count> byRegion(Grain grain, String skill) {
        String table = skill == null ? "labormarket.demand_total" : "labormarket.demand_aggregate";
        Map<String, Count> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT region_code, sum(vacancies) AS n, sum(with_salary) FROM " + table
                        + " WHERE region_code <> '*' AND (:region = '*' OR region_code = :region) AND nace_section = :nace"
                        + " AND month BETWEEN :from AND :to" + (skill == null ? "" : " AND skill_uri = :uri")
                        + " GROUP BY region_code ORDER BY n DESC, region_code = '', region_code")
                .params(grain.params()).param("uri", skill)
                .query((rs, n) -> counts.put(rs.getString(1), new Count(rs.getLong(2), rs.getLong(3)))).list();
        return counts;
    }

    /**
     * Every month of the period (zeros included) with the skill's vacancies and median (all vacancies' when
     * {@code skill} is null) next to all vacancies of the month. Monthly medians are exact: each is one row.
     */
    List<MonthlyDemand> months(Grain grain, String skill) {
        Map<LocalDate, Object[]> rows = new HashMap<>();
        jdbc.sql("SELECT t.month, coalesce(a.vacancies, 0), t.vacancies, "
                        + (skill == null ? "t.median_salary_kzt" : "a.median_salary_kzt")
                        + " FROM labormarket.demand_total t LEFT JOIN labormarket.demand_aggregate a ON a.month = t.month"
                        + " AND a.region_code = t.region_code AND a.nace_section = t.nace_section AND a.skill_uri = :uri"
                        + " WHERE t.region_code = :region AND t.nace_section = :nace AND t.month BETWEEN :from AND :to")
                .params(grain.params()).param("uri", skill == null ? "" : skill)
                .query((rs, n) -> rows.put(rs.getObject(1, LocalDate.class),
                        new Object[] {skill == null ? rs.getLong(3) : rs.getLong(2), rs.getLong(3), rs.getBigDecimal(4)}))
                .list();
        List<MonthlyDemand> months = new ArrayList<>();
        for (YearMonth m = grain.fromMonth(); !m.isAfter(grain.toMonth()); m = m.plusMonths(1)) {
            Object[] row = rows.get(m.atDay(1));
            months.add(row == null ? new MonthlyDemand(m, 0, 0, null)
                    : new MonthlyDemand(m, (long) row[0], (long) row[1], (BigDecimal) row[2]));
        }
        return months;
    }

    /** The latest month with vacancies. */
    java.util.Optional<YearMonth> latestMonth() {
        return jdbc.sql("SELECT max(month) FROM labormarket.demand_total WHERE region_code = '*' AND nace_section = '*'")
                .query((rs, n) -> rs.getObject(1, LocalDate.class)).optional()
                .map(YearMonth::from);
    }
}
