package kz.edufusion.alignment.gap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import kz.edufusion.alignment.AlignmentResults;
import kz.edufusion.support.IntegrationTest;
import kz.edufusion.support.LoggedIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The national recompute through the database, by hand only (see docs/benchmarks.md):
 * {@code ./mvnw -B -ntp test -Dtest=GapDatabaseBenchmarkTest -Dbench=true -Dbench.vacancies=1000000 -Dbench.programs=10000}.
 * Generates with generate_series: vacancies over 24 months, 21 regions, 6 sections, ~400 ISCO unit groups (skewed:
 * cube of a uniform), 40% with a salary, 8 skills each (skewed) from 3,000 taxonomy skills; programs of the demo
 * universities with 1-3 target groups, 5 disciplines of 4 confirmed skills each. Times the recompute (demand cells
 * from the vacancies, register read, engine, storing every row) and then one program's gap page (best of five).
 */
@IntegrationTest
@AutoConfigureMockMvc
@EnabledIfSystemProperty(named = "bench", matches = "true")
class GapDatabaseBenchmarkTest {

    private static final Logger log = LoggerFactory.getLogger(GapDatabaseBenchmarkTest.class);

    @Autowired JdbcTemplate jdbc;
    @Autowired GapRecompute recompute;
    @Autowired AlignmentResults results;
    @Autowired MockMvc mvc;

    @Test
    void nationalRecomputeFromTheDatabase() throws Exception {
        int vacancies = Integer.getInteger("bench.vacancies", 200_000);
        int programs = Integer.getInteger("bench.programs", 10_000);
        long started = System.nanoTime();
        jdbc.execute("CREATE TEMP TABLE bench_skill AS SELECT row_number() OVER (ORDER BY uri) - 1 AS i, uri FROM skills.skill "
                + "WHERE merged_into_uri IS NULL ORDER BY uri LIMIT 3000");
        insertPrograms(programs);
        jdbc.update("""
                INSERT INTO labormarket.vacancy (source, source_id, title, language, region_code, nace_section, isco_code,
                    salary_from, salary_to, salary_currency, salary_kzt_month, employer_name, employer_key,
                    published_at, published_month, text_hash)
                SELECT 'bench-gap', 'g' || g, 'Specialist ' || (g % 997), 'ru',
                       (SELECT array_agg(code ORDER BY code) FROM reference.region)[1 + g % 21],
                       (ARRAY['J', 'K', 'C', 'G', 'M', 'P'])[1 + (g / 7) % 6],
                       (1000 + 21 * floor(400 * power(((g::bigint * 2654435761) % 1000003) / 1000003.0, 3)))::int::text,
                       s, s, CASE WHEN s IS NOT NULL THEN 'KZT' END, s, 'Employer ' || (g % 5000), 'employer ' || (g % 5000),
                       make_date(2024 + (g % 24) / 12, 1 + (g % 24) % 12, 10)::timestamptz,
                       make_date(2024 + (g % 24) / 12, 1 + (g % 24) % 12, 1), g
                  FROM generate_series(1, ?) g
                 CROSS JOIN LATERAL (SELECT CASE WHEN g % 5 < 2 THEN 150000 + (g::bigint * 7919) % 900000 END AS s) salary
                """, vacancies);
        jdbc.update("""
                INSERT INTO labormarket.vacancy_skill (vacancy_id, skill_uri, score, origin)
                SELECT DISTINCT v.id, b.uri, 0.8, 'TEXT' FROM labormarket.vacancy v
                 CROSS JOIN generate_series(1, 8) k
                  JOIN bench_skill b ON b.i = floor(3000 * power(((v.id * 31 + k * 7919) % 10007) / 10007.0, 3))
                 WHERE v.source = 'bench-gap'
                """);
        jdbc.execute("ANALYZE");
        log.info("[bench] generated {} vacancies and {} programs in {} s", vacancies, programs,
                (System.nanoTime() - started) / 1_000_000_000);

        long run = 0;
        for (int i = 0; i < 2; i++) {
            long t = System.nanoTime();
            run = recompute.recomputeNation(kz.edufusion.alignment.gap.RecomputeTrigger.ADMIN);
            log.info("[bench] national recompute #{} from the database: {} ms (run {})", i + 1,
                    (System.nanoTime() - t) / 1_000_000, run);
        }
        UUID program = jdbc.queryForObject("SELECT program_id FROM alignment.program_score WHERE run_id = ? AND "
                + "demanded_skills > 0 ORDER BY missing_skills DESC LIMIT 1", UUID.class, run);
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 6; i++) {
            long t = System.nanoTime();
            mvc.perform(get("/programs/{id}/gap", program).with(LoggedIn.as("analyst"))).andExpect(status().isOk());
            best = i == 0 ? best : Math.min(best, System.nanoTime() - t);
        }
        log.info("[bench] program gap page: best of 5 renders {} ms", best / 1_000_000);
        assertThat(results.lastRun().orElseThrow().programs()).isGreaterThanOrEqualTo(programs);
        cleanUp();
    }

    private void insertPrograms(int programs) {
        jdbc.execute("CREATE TEMP TABLE bench_university AS SELECT row_number() OVER (ORDER BY id) - 1 AS i, id "
                + "FROM identity.organization WHERE type = 'UNIVERSITY'");
        int universities = jdbc.queryForObject("SELECT count(*) FROM bench_university", Integer.class);
        // a generated code may be a demo program's at the same university: that one is skipped (at most a dozen)
        jdbc.update("""
                INSERT INTO programs.program (id, university_id, code, level, nqf_level, field_code, area_code, title_en,
                    program_type, region_code)
                SELECT md5('bench-program-' || g)::uuid, u.id, '6B' || f || a || lpad((r / 120 % 100)::text, 2, '0'),
                       'BACHELOR', 6, f, f || a, 'Bench program ' || g, 'EXISTING',
                       (SELECT array_agg(code ORDER BY code) FROM reference.region)[1 + g % 20]
                  FROM generate_series(0, ? - 1) g JOIN bench_university u ON u.i = g % ?
                 CROSS JOIN LATERAL (SELECT g / ? AS r) rank
                 CROSS JOIN LATERAL (SELECT lpad((1 + r % 12)::text, 2, '0') AS f, (r / 12 % 10)::text AS a) code
                ON CONFLICT (university_id, code) DO NOTHING
                """, programs, universities, universities);
        jdbc.update("""
                INSERT INTO programs.program_cohort SELECT id, 2025, 20 + abs(hashtext(id::text)) % 180, 0
                  FROM programs.program WHERE title_en LIKE 'Bench program %'
                """);
        jdbc.update("""
                INSERT INTO programs.target_occupation (program_id, occupation_uri, isco_code, suggested)
                SELECT DISTINCT p.id, 'http://example.org/occ/bench-' || t.code, t.code, false FROM programs.program p
                 CROSS JOIN generate_series(1, 1 + abs(hashtext(p.id::text)) % 3) k
                 CROSS JOIN LATERAL (SELECT (1000 + 21 * floor(400 * power((abs(hashtext(p.id::text || k)) % 10007) / 10007.0, 3)))::int::text AS code) t
                 WHERE p.title_en LIKE 'Bench program %'
                """);
        jdbc.update("""
                INSERT INTO programs.discipline (id, program_id, code, title_en, cycle, component, credits)
                SELECT md5(p.id::text || d)::uuid, p.id, 'BD' || d, 'Bench discipline ' || d, 'BD', 'CORE', 3 + d % 4
                  FROM programs.program p CROSS JOIN generate_series(1, 5) d WHERE p.title_en LIKE 'Bench program %'
                """);
        jdbc.update("""
                INSERT INTO programs.skill_link (id, program_id, outcome_id, discipline_id, skill_uri, status, level)
                SELECT DISTINCT ON (d.program_id, b.uri) md5(d.id::text || k)::uuid, d.program_id, NULL, d.id, b.uri, 'CONFIRMED',
                       (ARRAY['INTRODUCED', 'PRACTICED', 'MASTERED'])[1 + k % 3]
                  FROM programs.discipline d CROSS JOIN generate_series(1, 4) k
                  JOIN bench_skill b ON b.i = floor(3000 * power((abs(hashtext(d.id::text || k)) % 10007) / 10007.0, 2))
                 WHERE d.title_en LIKE 'Bench discipline %'
                """);
    }

    private void cleanUp() {
        jdbc.update("DELETE FROM alignment.program_gap WHERE program_id IN (SELECT id FROM programs.program WHERE title_en LIKE 'Bench program %')");
        jdbc.update("DELETE FROM alignment.program_score WHERE program_id IN (SELECT id FROM programs.program WHERE title_en LIKE 'Bench program %')");
        jdbc.update("DELETE FROM programs.program WHERE title_en LIKE 'Bench program %'");
        jdbc.update("DELETE FROM labormarket.vacancy WHERE source = 'bench-gap'");
    }
}
