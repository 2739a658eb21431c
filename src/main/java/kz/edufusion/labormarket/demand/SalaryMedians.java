package kz.edufusion.labormarket.demand;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Medians over a period. Monthly medians of the aggregates cannot be combined into the median of several
 * months, so these read the salaries themselves from demand_salary (one index range per skill). The skill ''
 * means every vacancy with a salary.
 */
@Component
class SalaryMedians {

    static final String ANY_SKILL = "";
    private static final String MEDIAN = "(percentile_cont(0.5) WITHIN GROUP (ORDER BY d.salary_kzt))::numeric(16, 2)";

    private final JdbcClient jdbc;

    SalaryMedians(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Map<String, BigDecimal> bySkill(Grain grain, Collection<String> uris) {
        Map<String, BigDecimal> medians = new HashMap<>();
        if (!uris.isEmpty()) {
            jdbc.sql("SELECT d.skill_uri, " + MEDIAN + " FROM labormarket.demand_salary d WHERE d.skill_uri IN (:uris) AND "
                            + Grain.SALARY_IN_GRAIN + " GROUP BY d.skill_uri")
                    .params(grain.params()).param("uris", List.copyOf(uris))
                    .query((rs, n) -> medians.put(rs.getString(1), rs.getBigDecimal(2))).list();
        }
        return medians;
    }

    BigDecimal of(Grain grain, String skill) {
        return bySkill(grain, List.of(skill)).get(skill);
    }

    /** Per region key ('' = unknown region). */
    Map<String, BigDecimal> byRegion(Grain grain, String skill) {
        Map<String, BigDecimal> medians = new HashMap<>();
        jdbc.sql("SELECT d.region_code, " + MEDIAN + " FROM labormarket.demand_salary d WHERE d.skill_uri = :uri AND "
                        + Grain.SALARY_IN_GRAIN + " GROUP BY d.region_code")
                .params(grain.params()).param("uri", skill)
                .query((rs, n) -> medians.put(rs.getString(1), rs.getBigDecimal(2))).list();
        return medians;
    }
}
