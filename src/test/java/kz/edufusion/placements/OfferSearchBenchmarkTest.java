package kz.edufusion.placements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import kz.edufusion.common.PageQuery;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.placements.domain.OfferFilter;
import kz.edufusion.placements.domain.Offers;
import kz.edufusion.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The students' offer search at national scale, by hand only (see docs/benchmarks.md):
 * {@code ./mvnw -B -ntp test -Dtest=OfferSearchBenchmarkTest -Dbench=true -Dbench.offers=20000}.
 * Generates published offers of the active demo companies (20 regions, five types, a third paid, 5 required
 * skills each from the taxonomy) and times a page of the search as the demo student (best of five after a warm-up).
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "bench", matches = "true")
class OfferSearchBenchmarkTest {

    private static final Logger log = LoggerFactory.getLogger(OfferSearchBenchmarkTest.class);

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Offers offers;
    @Autowired
    UserDetailsService users;

    @Test
    void searchAtScale() {
        int n = Integer.getInteger("bench.offers", 20_000);
        jdbc.execute("CREATE TEMP TABLE bench_skill AS SELECT row_number() OVER (ORDER BY uri) AS i, uri FROM skills.skill "
                + "WHERE merged_into_uri IS NULL ORDER BY uri LIMIT 2000");
        jdbc.update("""
                INSERT INTO placements.offer (id, company_id, created_by, offer_type, selection, title_ru, description_ru,
                    region_code, remote, starts_on, ends_on, hours_per_week, seats, stipend_kzt, status, published_at)
                SELECT gen_random_uuid(), c.id, c.id,
                       (ARRAY['EDUCATIONAL','PRODUCTION','PRE_DIPLOMA','DUAL','INTERNSHIP'])[1 + g % 5],
                       CASE WHEN g % 2 = 0 THEN 'FIRST_COME' ELSE 'INTERVIEW' END,
                       'Стажировка ' || g, 'Описание стажировки номер ' || g || ' с наставником',
                       (SELECT array_agg(code ORDER BY code) FROM reference.region)[1 + g % 20], g % 7 = 0,
                       DATE '2027-06-01', DATE '2027-08-31', 40, 1 + g % 5, CASE WHEN g % 3 = 0 THEN 100000 END,
                       'PUBLISHED', now() - g * interval '1 minute'
                FROM generate_series(1, ?) g
                JOIN LATERAL (SELECT company_id AS id FROM placements.offer WHERE status = 'PUBLISHED'
                              ORDER BY company_id OFFSET g % 5 LIMIT 1) c ON true
                """, n);
        jdbc.update("""
                INSERT INTO placements.offer_skill (offer_id, skill_uri)
                SELECT DISTINCT o.id, s.uri FROM placements.offer o CROSS JOIN generate_series(1, 5) k
                JOIN bench_skill s ON s.i = 1 + abs(hashtext(o.id::text || k)) % 2000
                WHERE o.title_ru ~ '^Стажировка [0-9]+$'
                ON CONFLICT DO NOTHING
                """);
        jdbc.execute("ANALYZE placements.offer");
        jdbc.execute("ANALYZE placements.offer_skill");
        CurrentUser student = (CurrentUser) users.loadUserByUsername("student@demo.edufusion.kz");
        Map<String, Supplier<Object>> queries = new LinkedHashMap<>();
        PageQuery page = new PageQuery(0, 20);
        queries.put("newest first, no filter", () -> offers.search(student, OfferFilter.none(), page));
        queries.put("best match first, no filter", () -> offers.search(student,
                new OfferFilter(null, null, false, false, null, null, true), page));
        queries.put("region + paid + best match", () -> offers.search(student,
                new OfferFilter(null, "KZ-75", false, true, null, null, true), page));
        queries.put("text 'номер 1234'", () -> offers.search(student,
                new OfferFilter(null, null, false, false, null, "номер 1234 ", false), page));
        for (var query : queries.entrySet()) {
            query.getValue().get();
            long best = Long.MAX_VALUE;
            for (int i = 0; i < 5; i++) {
                long started = System.nanoTime();
                assertThat(query.getValue().get()).isNotNull();
                best = Math.min(best, System.nanoTime() - started);
            }
            log.info("BENCH offer search over {} offers, {}: {} ms", n, query.getKey(), best / 1_000_000);
        }
    }
}
