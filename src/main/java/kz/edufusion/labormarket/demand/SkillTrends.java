package kz.edufusion.labormarket.demand;

import java.util.List;
import kz.edufusion.labormarket.TrendRule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Skills compared between a period and the previous one of equal length, under {@link TrendRule}: rising
 * skills by percent change, highest first (skills absent in the previous period before all others, as their
 * change is unbounded), falling ones lowest first; ties by the absolute change, then URI.
 */
@Component
class SkillTrends {

    record Trend(String skillUri, long current, long previous) {
    }

    private static final String COMPARED = """
            WITH cur AS (SELECT skill_uri, sum(vacancies) AS n FROM labormarket.demand_aggregate
                         WHERE region_code = :region AND nace_section = :nace AND month BETWEEN :from AND :to
                         GROUP BY skill_uri),
                 prev AS (SELECT skill_uri, sum(vacancies) AS n FROM labormarket.demand_aggregate
                          WHERE region_code = :region AND nace_section = :nace AND month BETWEEN :pfrom AND :pto
                          GROUP BY skill_uri),
                 both_periods AS (SELECT coalesce(c.skill_uri, p.skill_uri) AS skill_uri, coalesce(c.n, 0) AS c,
                                         coalesce(p.n, 0) AS p
                                  FROM cur c FULL JOIN prev p ON p.skill_uri = c.skill_uri)
            SELECT skill_uri, c, p FROM both_periods
            WHERE greatest(c, p) >= :support AND (CAST(:skill AS text) IS NULL OR skill_uri = :skill)""";

    private final JdbcClient jdbc;

    SkillTrends(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Trend> rising(Grain grain, long support, int limit) {
        return query(grain, support, limit, " AND c > p ORDER BY (c - p)::numeric / nullif(p, 0) DESC NULLS FIRST, "
                + "c - p DESC, skill_uri");
    }

    List<Trend> falling(Grain grain, long support, int limit) {
        return query(grain, support, limit, " AND c < p ORDER BY (c - p)::numeric / p, c - p, skill_uri");
    }

    private List<Trend> query(Grain grain, long support, int limit, String orderedSelection) {
        Grain previous = grain.previous();
        return jdbc.sql(COMPARED + orderedSelection + " LIMIT :limit")
                .params(grain.params()).param("pfrom", previous.from()).param("pto", previous.to())
                .param("support", support).param("limit", limit)
                .query((rs, n) -> new Trend(rs.getString(1), rs.getLong(2), rs.getLong(3))).list();
    }
}
