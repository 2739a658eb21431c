package kz.edufusion.placements.dashboards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.placements.domain.Offers;
import kz.edufusion.placements.domain.PlacementLifecycle;
import kz.edufusion.placements.domain.PlacementRegistry;
import kz.edufusion.placements.domain.StudentProfiles;
import kz.edufusion.support.IntegrationTest;
import kz.edufusion.support.LoggedIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dashboards at national scale, by hand only (see docs/benchmarks.md):
 * {@code ./mvnw -B -ntp test -Dtest=DashboardsBenchmarkTest -Dbench=true -Dbench.placements=100000}.
 * Generates, with SQL, 300 companies in the 20 regions and 19 NACE sections, 40 universities (the first with a fifth
 * of the students), one profile and one placement of the current academic year per student (70 % at one of 2,000
 * offers, 60 % paid, 10 % dual; 40 % ACTIVE, 30 % COMPLETED, 15 % AGREEMENT, 10 % INCOMPLETE, 5 % TERMINATED), ten
 * diary entries for each ACTIVE or COMPLETED placement, a mid-term mentor evaluation for half of the placements and
 * a job offer for 40 % of the completed ones; then times the Ministry's and the large university coordinator's
 * figures (service, best of five after a warm-up) and their pages through MockMvc.
 */
@IntegrationTest
@AutoConfigureMockMvc
@EnabledIfSystemProperty(named = "bench", matches = "true")
class DashboardsBenchmarkTest {

    private static final Logger log = LoggerFactory.getLogger(DashboardsBenchmarkTest.class);

    @Autowired
    JdbcTemplate sql;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    PlacementRegistry registry;
    @Autowired
    PlacementLifecycle lifecycle;
    @Autowired
    StudentProfiles profiles;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    Offers offers;
    @Autowired
    MinistryDashboard ministry;
    @Autowired
    CoordinatorDashboard coordinator;
    @Autowired
    DashboardAccess access;
    @Autowired
    MockMvc mvc;
    @Autowired
    DashboardLabels labels;
    @Autowired
    kz.edufusion.identity.IdentityDirectory directory;

    @Test
    void dashboardsAtScale() throws Exception {
        int n = Integer.getInteger("bench.placements", 100_000);
        DashboardFixtures fixtures = new DashboardFixtures(jdbc, users, registry, lifecycle, profiles, transaction, offers);
        UUID big = fixtures.organization("UNIVERSITY", "Bench University " + UUID.randomUUID(), "KZ-71", "P");
        String coordinatorEmail = fixtures.person("Bench Coordinator", big, "UNIVERSITY_COORDINATOR");
        long started = System.nanoTime();
        sql.execute("CREATE TEMP TABLE bench_org (i int, id uuid, kind text)");
        sql.update("INSERT INTO bench_org SELECT 0, ?, 'U'", big);
        sql.execute("""
                INSERT INTO bench_org SELECT g, gen_random_uuid(), 'U' FROM generate_series(1, 39) g;
                INSERT INTO bench_org SELECT g, gen_random_uuid(), 'C' FROM generate_series(0, 299) g;
                INSERT INTO identity.organization (id, type, status, name_ru, region_code, oked_section, created_at)
                SELECT id, CASE kind WHEN 'U' THEN 'UNIVERSITY' ELSE 'COMPANY' END, 'ACTIVE', 'Bench ' || kind || i,
                       (SELECT array_agg(code ORDER BY code) FROM reference.region)[1 + i % 20],
                       CASE kind WHEN 'C' THEN substr('ABCDEFGHIJKLMNOPQRS', 1 + i % 19, 1) END, now()
                FROM bench_org WHERE NOT (kind = 'U' AND i = 0);
                CREATE TEMP TABLE bench_offer AS
                SELECT g AS i, gen_random_uuid() AS id, (SELECT id FROM bench_org WHERE kind = 'C' AND i = g % 300) AS company_id
                FROM generate_series(0, 1999) g;
                INSERT INTO placements.offer (id, company_id, created_by, offer_type, selection, title_ru, region_code,
                    starts_on, ends_on, hours_per_week, seats, stipend_kzt, status, published_at)
                SELECT id, company_id, company_id, CASE WHEN i % 10 = 0 THEN 'DUAL' ELSE 'INTERNSHIP' END, 'FIRST_COME',
                       'Bench offer ' || i, (SELECT array_agg(code ORDER BY code) FROM reference.region)[1 + (i * 7) % 20],
                       CURRENT_DATE - 60, CURRENT_DATE + 60, 40, 1000, 100000, 'PUBLISHED', now()
                FROM bench_offer;
                """);
        sql.update("""
                CREATE TEMP TABLE bench_student AS
                SELECT g, gen_random_uuid() AS id,
                       CASE WHEN g % 5 = 0 THEN 0 ELSE 1 + g % 39 END AS university
                FROM generate_series(1, ?) g
                """, n);
        sql.execute("""
                INSERT INTO placements.student_profile (person_id, university_id, program_code, field_code, year_of_study, region_code, gender)
                SELECT s.id, u.id, '6B' || lpad((1 + s.g % 12)::text, 2, '0') || lpad((100 + s.g % 20)::text, 3, '0'),
                       lpad((1 + s.g % 12)::text, 2, '0'), 1 + s.g % 4,
                       (SELECT array_agg(code ORDER BY code) FROM reference.region)[1 + s.g % 20],
                       CASE WHEN s.g % 2 = 0 THEN 'FEMALE' ELSE 'MALE' END
                FROM bench_student s JOIN bench_org u ON u.kind = 'U' AND u.i = s.university;
                INSERT INTO placements.placement (id, way, student_id, university_id, company_id, company_name, offer_id,
                    round_id, offer_type, starts_on, ends_on, hours_per_week, stipend_kzt, status)
                SELECT gen_random_uuid(), CASE WHEN s.g % 10 < 7 THEN 'ROUND' ELSE 'PROPOSAL' END, s.id, u.id,
                       CASE WHEN s.g % 10 < 7 THEN o.company_id ELSE c.id END, 'Bench company',
                       CASE WHEN s.g % 10 < 7 THEN o.id END, CASE WHEN s.g % 10 < 7 THEN gen_random_uuid() END,
                       CASE WHEN s.g % 10 = 3 THEN 'DUAL' ELSE 'INTERNSHIP' END,
                       CURRENT_DATE - (s.g % 60), CURRENT_DATE + 30 + (s.g % 60), 40,
                       CASE WHEN s.g % 5 < 3 THEN 100000 END,
                       CASE WHEN s.g % 20 < 8 THEN 'ACTIVE' WHEN s.g % 20 < 14 THEN 'COMPLETED' WHEN s.g % 20 < 17 THEN 'AGREEMENT'
                            WHEN s.g % 20 < 19 THEN 'INCOMPLETE' ELSE 'TERMINATED' END
                FROM bench_student s
                JOIN bench_org u ON u.kind = 'U' AND u.i = s.university
                JOIN bench_offer o ON o.i = s.g % 2000
                JOIN bench_org c ON c.kind = 'C' AND c.i = s.g % 300;
                INSERT INTO placements.diary_entry (id, placement_id, entry_date, hours, work_done, status)
                SELECT gen_random_uuid(), p.id, p.starts_on + k, 8, 'Bench work',
                       CASE WHEN k % 3 = 0 THEN 'SUBMITTED' ELSE 'APPROVED' END
                FROM placements.placement p CROSS JOIN generate_series(0, 9) k
                WHERE p.status IN ('ACTIVE', 'COMPLETED') AND p.company_name = 'Bench company';
                INSERT INTO placements.evaluation (id, placement_id, stage, evaluator, evaluator_id, score)
                SELECT gen_random_uuid(), p.id, 'MID', 'MENTOR', p.company_id, 40 + abs(hashtext(p.id::text)) % 61
                FROM placements.placement p WHERE p.company_name = 'Bench company' AND abs(hashtext(p.id::text)) % 2 = 0;
                INSERT INTO placements.job_offer (id, placement_id, position, offered_on, accepted, recorded_by)
                SELECT gen_random_uuid(), p.id, 'Bench position', CURRENT_DATE, abs(hashtext(p.id::text)) % 3 > 0, p.company_id
                FROM placements.placement p
                WHERE p.company_name = 'Bench company' AND p.status = 'COMPLETED' AND abs(hashtext(p.id::text)) % 5 < 2;
                ANALYZE identity.organization;
                ANALYZE placements.student_profile;
                ANALYZE placements.placement;
                ANALYZE placements.offer;
                ANALYZE placements.diary_entry;
                ANALYZE placements.evaluation;
                ANALYZE placements.job_offer;
                """);
        log.info("BENCH dashboards: generated {} placements, {} diary entries, {} evaluations in {} s", n,
                sql.queryForObject("SELECT count(*) FROM placements.diary_entry", Long.class),
                sql.queryForObject("SELECT count(*) FROM placements.evaluation", Long.class),
                (System.nanoTime() - started) / 1_000_000_000);

        CurrentUser analyst = fixtures.user("analyst@demo.edufusion.kz");
        CurrentUser coordinatorUser = fixtures.user(coordinatorEmail);
        AcademicYear year = AcademicYear.of(access.today());
        MinistryFigures national = ministry.figures(analyst, DashboardFilter.of(year));
        CoordinatorFigures university = coordinator.figures(coordinatorUser, big, year);
        assertThat(national.total().placements()).isGreaterThanOrEqualTo(n);
        assertThat(university.placements()).isEqualTo(n / 5);
        log.info("BENCH dashboards: national {} placements, coordinator {} students, {} late, {} at risk",
                national.total().placements(), university.students(), university.late(), university.atRisk());

        Map<String, ThrowingSupplier> queries = new LinkedHashMap<>();
        queries.put("Ministry figures (service)", () -> ministry.figures(analyst, DashboardFilter.of(year)));
        queries.put("Ministry figures, region KZ-75 + DUAL (service)",
                () -> ministry.figures(analyst, new DashboardFilter(year, "KZ-75", kz.edufusion.placements.OfferType.DUAL)));
        queries.put("Ministry page GET /placements/ministry", () -> mvc.perform(get("/placements/ministry")
                .with(LoggedIn.as("analyst"))).andExpect(status().isOk()));
        queries.put("coordinator figures, " + n / 5 + " placements (service)", () -> coordinator.figures(coordinatorUser, big, year));
        queries.put("coordinator page GET /placements/dashboard", () -> mvc.perform(get("/placements/dashboard")
                .with(LoggedIn.asEmail(coordinatorEmail))).andExpect(status().isOk()));
        queries.put("coordinator list: at-risk, first page", () -> mvc.perform(get("/placements/dashboard/students/at-risk")
                .with(LoggedIn.asEmail(coordinatorEmail))).andExpect(status().isOk()));
        for (var query : queries.entrySet()) {
            query.getValue().get();
            long best = Long.MAX_VALUE;
            for (int i = 0; i < 5; i++) {
                long t = System.nanoTime();
                query.getValue().get();
                best = Math.min(best, System.nanoTime() - t);
            }
            log.info("BENCH dashboards over {} placements, {}: {} ms", n, query.getKey(), best / 1_000_000);
        }
    }

    @FunctionalInterface
    interface ThrowingSupplier {
        Object get() throws Exception;
    }
}
