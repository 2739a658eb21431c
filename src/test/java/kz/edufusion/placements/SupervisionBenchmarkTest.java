package kz.edufusion.placements;

import static kz.edufusion.support.LoggedIn.asEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import kz.edufusion.common.web.PlatformTime;
import kz.edufusion.placements.SupervisionFixtures.Supervised;
import kz.edufusion.placements.supervision.EntryCommand;
import kz.edufusion.placements.supervision.MentorApprovals;
import kz.edufusion.placements.supervision.TraineeDiary;
import kz.edufusion.support.IntegrationTest;
import kz.edufusion.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The mentor's page with 200 pending entries (10 mentees x 20 days, each entry with a comment) and the approval of
 * all 200 in one transaction, by hand only (see docs/benchmarks.md):
 * {@code ./mvnw -B -ntp test -Dtest=SupervisionBenchmarkTest -Dbench=true}. Best and median of 7 runs after a warm-up.
 */
@IntegrationTest
@AutoConfigureMockMvc
@EnabledIfSystemProperty(named = "bench", matches = "true")
class SupervisionBenchmarkTest {

    private static final Logger log = LoggerFactory.getLogger(SupervisionBenchmarkTest.class);

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.context.ApplicationContext context;
    @Autowired
    TraineeDiary diary;
    @Autowired
    MentorApprovals approvals;

    @Test
    void twoHundredPending() throws Exception {
        SupervisionFixtures fixtures = SupervisionFixtures.of(context);
        TestPeople people = fixtures.people();
        String mentor = people.twinEmail("mentor", "Наставник на 200");
        String tutor = people.twinEmail("tutor", "Руководитель");
        LocalDate today = LocalDate.now(PlatformTime.ZONE);
        List<UUID> entries = new ArrayList<>();
        for (int mentee = 0; mentee < 10; mentee++) {
            Supervised s = fixtures.active(25, 40, mentor, tutor);
            for (int day = 0; day < 20; day++) {
                UUID id = diary.log(people.user(s.student()), s.placement(), new EntryCommand(today.minusDays(day).toString(), "8",
                        "Работа дня " + day + ": разбор заявок, настройка отчётов, встреча с командой", null), List.of());
                diary.comment(people.user(s.student()), id, "Прошу посмотреть");
                entries.add(id);
            }
        }
        assertThat(approvals.page(people.user(mentor)).pending()).hasSize(200);
        long[] render = new long[7];
        for (int i = -1; i < render.length; i++) {
            long t = System.nanoTime();
            mvc.perform(get("/placements/supervision").with(asEmail(mentor))).andExpect(status().isOk());
            if (i >= 0) {
                render[i] = System.nanoTime() - t;
            }
        }
        long[] read = new long[7];
        for (int i = -1; i < read.length; i++) {
            long t = System.nanoTime();
            approvals.page(people.user(mentor));
            if (i >= 0) {
                read[i] = System.nanoTime() - t;
            }
        }
        long[] approve = new long[7];
        for (int i = -1; i < approve.length; i++) {
            jdbc.sql("UPDATE placements.diary_entry SET status = 'SUBMITTED', decided_by = NULL, decided_at = NULL WHERE id = ANY(?)")
                    .param(entries.toArray(UUID[]::new)).update();
            long t = System.nanoTime();
            assertThat(approvals.approve(people.user(mentor), entries)).isEqualTo(200);
            if (i >= 0) {
                approve[i] = System.nanoTime() - t;
            }
        }
        log.info("BENCH mentor page with 200 pending: best {} ms, median {} ms (its reads alone: best {} ms, median {} ms); "
                + "approve 200 in one go: best {} ms, median {} ms", ms(render, 0), ms(render, 3), ms(read, 0), ms(read, 3),
                ms(approve, 0), ms(approve, 3));
    }

    private static long ms(long[] nanos, int rank) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[rank] / 1_000_000;
    }
}
