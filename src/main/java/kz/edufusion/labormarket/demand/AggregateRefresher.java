package kz.edufusion.labormarket.demand;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import kz.edufusion.labormarket.AggregateRefresh;
import kz.edufusion.labormarket.DemandAggregates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rebuilds the demand aggregates from the vacancies with set-based SQL in one transaction: readers keep the
 * previous build until the commit (DELETE, not TRUNCATE, which would lock them out), and a transaction-scoped
 * advisory lock makes a second rebuild (another node, the nightly job during an import) wait instead of
 * interleaving.
 */
@Service
class AggregateRefresher implements DemandAggregates {

    private static final Logger log = LoggerFactory.getLogger(AggregateRefresher.class);

    /** The vacancies that count, with the sentinel '' for an unknown region or section. */
    private static final String COUNTED = """
            SELECT v.id, v.published_month AS month, coalesce(v.region_code, '') AS region_key,
                   coalesce(v.nace_section, '') AS nace_key, v.salary_kzt_month AS salary
            FROM labormarket.vacancy v WHERE v.duplicate_of IS NULL""";

    /** Rollup rows ('*') for every combination of "all regions" and "all sections", so medians stay exact. */
    private static final String ROLLUP = """
            CASE WHEN GROUPING(region_key) = 1 THEN '*' ELSE region_key END,
            CASE WHEN GROUPING(nace_key) = 1 THEN '*' ELSE nace_key END,
            count(*), count(salary), (percentile_cont(0.5) WITHIN GROUP (ORDER BY salary))::numeric(16, 2)""";

    private final JdbcClient jdbc;

    AggregateRefresher(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public AggregateRefresh refresh(Trigger trigger) {
        jdbc.sql("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext('labormarket.demand_refresh'))) l")
                .query(Integer.class).single();
        Instant started = Instant.now();
        long startedNanos = System.nanoTime();
        jdbc.sql("DELETE FROM labormarket.demand_aggregate").update();
        jdbc.sql("DELETE FROM labormarket.demand_total").update();
        jdbc.sql("DELETE FROM labormarket.demand_salary").update();
        int aggregates = jdbc.sql("INSERT INTO labormarket.demand_aggregate (month, skill_uri, region_code, nace_section, "
                + "vacancies, with_salary, median_salary_kzt) SELECT month, s.skill_uri, " + ROLLUP
                + " FROM (" + COUNTED + ") c JOIN labormarket.vacancy_skill s ON s.vacancy_id = c.id"
                + " GROUP BY GROUPING SETS ((month, s.skill_uri, region_key, nace_key), (month, s.skill_uri, region_key),"
                + " (month, s.skill_uri, nace_key), (month, s.skill_uri))").update();
        int totals = jdbc.sql("INSERT INTO labormarket.demand_total (month, region_code, nace_section, vacancies, "
                + "with_salary, median_salary_kzt) SELECT month, " + ROLLUP + " FROM (" + COUNTED + ") c"
                + " GROUP BY GROUPING SETS ((month, region_key, nace_key), (month, region_key), (month, nace_key), (month))")
                .update();
        int salaries = jdbc.sql("INSERT INTO labormarket.demand_salary (skill_uri, month, region_code, nace_section, salary_kzt) "
                + "SELECT skill_uri, month, region_key, nace_key, salary FROM ("
                + "SELECT s.skill_uri, c.* FROM (" + COUNTED + ") c JOIN labormarket.vacancy_skill s ON s.vacancy_id = c.id"
                + " UNION ALL SELECT '' AS skill_uri, c.* FROM (" + COUNTED + ") c) x"
                + " WHERE salary IS NOT NULL ORDER BY skill_uri, month").update();
        long vacancies = jdbc.sql("SELECT coalesce(sum(vacancies), 0) FROM labormarket.demand_total "
                + "WHERE region_code = '*' AND nace_section = '*'").query(Long.class).single();
        // fresh statistics in the same transaction: the planner otherwise plans the next queries for empty tables
        jdbc.sql("ANALYZE labormarket.demand_aggregate").update();
        jdbc.sql("ANALYZE labormarket.demand_total").update();
        jdbc.sql("ANALYZE labormarket.demand_salary").update();
        Instant finished = Instant.now();
        long millis = (System.nanoTime() - startedNanos) / 1_000_000;
        AggregateRefresh refresh = new AggregateRefresh(trigger.name(), started, finished, vacancies, aggregates, totals,
                salaries, millis);
        jdbc.sql("INSERT INTO labormarket.aggregate_refresh (trigger, started_at, finished_at, vacancies, aggregate_rows, "
                        + "total_rows, salary_rows, duration_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(trigger.name(), Timestamp.from(started), Timestamp.from(finished), vacancies, aggregates, totals,
                        salaries, millis)
                .update();
        log.info("Demand aggregates rebuilt ({}): {} vacancies, {} skill rows, {} total rows, {} salaries in {} ms",
                trigger, vacancies, aggregates, totals, salaries, millis);
        return refresh;
    }

    @Override
    public Optional<AggregateRefresh> lastRefresh() {
        return jdbc.sql("SELECT trigger, started_at, finished_at, vacancies, aggregate_rows, total_rows, salary_rows, "
                        + "duration_ms FROM labormarket.aggregate_refresh ORDER BY finished_at DESC, id DESC LIMIT 1")
                .query((rs, n) -> new AggregateRefresh(rs.getString(1), rs.getTimestamp(2).toInstant(),
                        rs.getTimestamp(3).toInstant(), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7),
                        rs.getLong(8)))
                .optional();
    }
}
