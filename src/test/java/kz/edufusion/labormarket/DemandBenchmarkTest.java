package kz.edufusion.labormarket;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import kz.edufusion.common.PageQuery;
import kz.edufusion.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demand aggregates at national scale, by hand only (see docs/benchmarks.md):
 * {@code ./mvnw -B -ntp test -Dtest=DemandBenchmarkTest -Dbench=true -Dbench.vacancies=1000000}.
 * Generates the vacancies with generate_series in the test database (24 months, 20 regions plus unknown, six
 * sections, 40% with a salary, 8 skills each drawn by a hash with a Zipf-like skew (cube of a uniform) from the taxonomy's skills, 2% marked
 * as duplicates), rebuilds the aggregates and times each overview query (best of five after a warm-up).
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "bench", matches = "true")
class DemandBenchmarkTest {

    private static final Logger log = LoggerFactory.getLogger(DemandBenchmarkTest.class);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DemandAggregates aggregates;
    @Autowired
    LaborMarketDemand demand;

    @Test
    void refreshAndOverviewQueriesAtScale() {
        int n = Integer.getInteger("bench.vacancies", 200_000);
        long started = System.nanoTime();
        jdbc.execute("CREATE TEMP TABLE bench_skill AS SELECT row_number() OVER (ORDER BY uri) AS i, uri FROM skills.skill "
                + "WHERE merged_into_uri IS NULL ORDER BY uri LIMIT 3000");
        int skills = jdbc.queryForObject("SELECT count(*) FROM bench_skill", Integer.class);
        jdbc.update("""
                INSERT INTO labormarket.vacancy (source, source_id, title, language, region_code, nace_section,
                    salary_from, salary_to, salary_currency, salary_kzt_month, employer_name, employer_key,
                    published_at, published_month, text_hash)
                SELECT 'bench-demand', 'b' || g, 'Developer ' || (g % 997), 'ru',
                       (SELECT array_agg(code ORDER BY code) FROM reference.region)[1 + g % 21],
                       (ARRAY['J', 'K', 'C', 'G', 'M', NULL])[1 + (g / 7) % 6],
                       s, s, CASE WHEN s IS NOT NULL THEN 'KZT' END, s,
                       'Employer ' || (g % 5000), 'employer ' || (g % 5000),
                       make_date(2023 + (g % 24) / 12, 1 + (g % 24) % 12, 10)::timestamptz,
                       make_date(2023 + (g % 24) / 12, 1 + (g % 24) % 12, 1), g
                FROM generate_series(1, ?) g
                CROSS JOIN LATERAL (SELECT CASE WHEN g % 5 < 2 THEN 150000 + (g::bigint * 7919) % 900000 END AS s) salary""", n);
        jdbc.update("""
                INSERT INTO labormarket.vacancy_skill (vacancy_id, skill_uri, score, origin)
                SELECT v.id, b.uri, 0.8, 'TEXT'
                FROM labormarket.vacancy v CROSS JOIN generate_series(1, 8) k
                JOIN bench_skill b ON b.i = 1 + floor(? * power(((v.id * 2654435761 + k * 40503) % 1000003) / 1000003.0, 3))::int
                WHERE v.source = 'bench-demand'
                ON CONFLICT DO NOTHING""", skills);
        jdbc.update("UPDATE labormarket.vacancy SET duplicate_of = id - 1 WHERE source = 'bench-demand' AND id % 50 = 0");
        jdbc.execute("ANALYZE labormarket.vacancy");
        jdbc.execute("ANALYZE labormarket.vacancy_skill");
        long generated = (System.nanoTime() - started) / 1_000_000;
        long pairs = jdbc.queryForObject("SELECT count(*) FROM labormarket.vacancy_skill s JOIN labormarket.vacancy v "
                + "ON v.id = s.vacancy_id WHERE v.source = 'bench-demand'", Long.class);

        AggregateRefresh refresh = aggregates.refresh(DemandAggregates.Trigger.ADMIN);

        DemandFilter year = DemandFilter.period(YearMonth.of(2024, 1), YearMonth.of(2024, 12));
        DemandFilter month = DemandFilter.period(YearMonth.of(2024, 12), YearMonth.of(2024, 12));
        DemandFilter almaty = new DemandFilter(YearMonth.of(2024, 1), YearMonth.of(2024, 12), "KZ-75", "J", null);
        String popular = demand.topSkills(year, PageQuery.of(0, 1)).items().get(0).skillUri();
        Map<String, Long> timings = new LinkedHashMap<>();
        timings.put("topSkills, 12 months, page of 20", time(() -> demand.topSkills(year, PageQuery.of(0, 20))));
        timings.put("topSkills, 1 month", time(() -> demand.topSkills(month, PageQuery.of(0, 20))));
        timings.put("topSkills, 12 months, region + section", time(() -> demand.topSkills(almaty, PageQuery.of(0, 20))));
        timings.put("risingSkills, 12 vs 12 months", time(() -> demand.risingSkills(year, 10)));
        timings.put("fallingSkills, 12 vs 12 months", time(() -> demand.fallingSkills(year, 10)));
        timings.put("totals (months, regions, median)", time(() -> demand.totals(year)));
        timings.put("skillProfile of the most asked skill", time(() -> demand.skillProfile(popular, year)));
        timings.put("vacancy search 'developer', page 1", time(() -> demand.searchVacancies(VacancySearch.text("developer"),
                PageQuery.of(0, 20))));

        StringBuilder report = new StringBuilder("\n| step | ms |\n|---|---:|\n");
        report.append("| generate ").append(n).append(" vacancies, ").append(pairs).append(" vacancy skills | ")
                .append(generated).append(" |\n");
        report.append("| refresh: ").append(refresh.aggregateRows()).append(" aggregate rows, ").append(refresh.totalRows())
                .append(" total rows, ").append(refresh.salaryRows()).append(" salaries | ").append(refresh.durationMs()).append(" |\n");
        timings.forEach((name, ms) -> report.append("| ").append(name).append(" | ").append(ms).append(" |\n"));
        log.info("Demand benchmark:{}", report);
        System.out.println("DEMAND BENCHMARK" + report);
        assertThat(refresh.vacancies()).isGreaterThanOrEqualTo(n * 49L / 50);
    }

    private static long time(Supplier<?> query) {
        query.get();
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long started = System.nanoTime();
            query.get();
            best = Math.min(best, (System.nanoTime() - started) / 1_000_000);
        }
        return best;
    }
}
