package kz.edufusion.alignment.gap;

import static kz.edufusion.labormarket.VacancyFixture.JAVA;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import kz.edufusion.alignment.AlignmentResults;
import kz.edufusion.alignment.ProgramScore;
import kz.edufusion.alignment.engine.GapStatus;
import kz.edufusion.alignment.engine.GroupKind;
import kz.edufusion.alignment.engine.ProgramGap;
import kz.edufusion.common.PageQuery;
import kz.edufusion.labormarket.LaborMarketDemand;
import kz.edufusion.labormarket.VacancyFixture;
import kz.edufusion.labormarket.VacancySearch;
import kz.edufusion.programs.SkillLevel;
import kz.edufusion.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The recompute from the database: demand read from the vacancies, programs from the register, results stored.
 * Fixture vacancies are of ISCO group 9629 and dated in a future year, which counts as the current month (the
 * reference month is never later than now), so every fixture vacancy weighs 1 in its own region.
 * <pre>
 *   4 vacancies in KZ-75 asking Java and MISSING, 1 in KZ-71 asking Java (weighs 0.25 for a KZ-75 program)
 *   P (KazNU, KZ-75) teaches Java mastered: total 4.25, java 4.25, sql 4
 *     score = 100 * 4.25 / 8.25 = 51.52; missing sql; Q's DB100 teaches sql: +100 * 4 * 0.7 / 8.25 = 33.94
 *   after P adds MISSING at the introduced level: 100 * (4.25 + 0.4 * 4) / 8.25 = 70.91
 * </pre>
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GapRecomputeTest {

    /** A real skill no demo program teaches, so no demo discipline competes for the recommendation. */
    static final String MISSING = "http://data.europa.eu/esco/skill/001115fb-569f-4ee6-8381-c6807ef2527f";

    static final UUID P = UUID.fromString("00000000-0000-0000-0000-00000000a901");
    static final UUID Q = UUID.fromString("00000000-0000-0000-0000-00000000a902");

    @Autowired GapRecompute recompute;
    @Autowired AlignmentResults results;
    @Autowired LaborMarketDemand demand;
    @Autowired GapStore store;
    @Autowired JdbcTemplate jdbc;
    GapFixturePrograms programs;
    UUID kaznu;

    @BeforeAll
    void fixture() {
        programs = new GapFixturePrograms(jdbc, "9629");
        kaznu = programs.university("KazNU");
        programs.program(P, kaznu, "6B06987", "KZ-75", 80);
        programs.program(Q, programs.university("Satbayev University"), "6B06988", "KZ-71", 40);
        programs.discipline(P, "JV100", JAVA, "MASTERED");
        programs.discipline(Q, "DB100", MISSING, "PRACTICED");
        VacancyFixture vacancies = new VacancyFixture(jdbc);
        for (int i = 0; i < 4; i++) {
            isco(vacancies.vacancy(3).title("Gap fixture " + i).region("KZ-75").skills(JAVA, MISSING).insert());
        }
        isco(vacancies.vacancy(3).title("Gap fixture other region").region("KZ-71").skills(JAVA).insert());
    }

    private void isco(long vacancy) {
        programs.iscoOf(vacancy);
    }

    @AfterAll
    void cleanUp() {
        programs.remove(P, Q);
    }

    @Test
    @Order(1)
    void nationalRunStoresScoresDetailsAndGroups() {
        long run = recompute.recomputeNation(RecomputeTrigger.ADMIN);

        ProgramScore score = results.score(P).orElseThrow();
        assertThat(score.score()).isEqualTo(51.52);
        assertThat(score.demandedSkills()).isEqualTo(2);
        assertThat(score.missingSkills()).isEqualTo(1);
        assertThat(score.runId()).isEqualTo(run);
        assertThat(results.lastRun().orElseThrow().trigger()).isEqualTo("ADMIN");

        ProgramGap gap = store.programGap(P).orElseThrow().gap();
        assertThat(gap.missing()).singleElement().satisfies(m -> {
            assertThat(m.skillUri()).isEqualTo(MISSING);
            assertThat(m.vacancies()).isEqualTo(4);
            assertThat(m.regionVacancies()).isEqualTo(4);
        });
        assertThat(gap.recommendations()).singleElement().satisfies(r -> {
            assertThat(r.programId()).isEqualTo(Q);
            assertThat(r.disciplineCode()).isEqualTo("DB100");
            assertThat(r.scoreGain()).isEqualTo(33.94);
        });
        // the evidence link's filters list exactly the vacancies counted
        assertThat(demand.searchVacancies(new VacancySearch(null, null, null, MISSING, null, null, null, null,
                gap.iscoCodes(), gap.sectors()), PageQuery.of(0, 50)).totalItems()).isEqualTo(4);
        assertThat(store.groupGap(GroupKind.UNIVERSITY, kaznu.toString())).isPresent();
        assertThat(store.scores(GroupKind.UNIVERSITY, kaznu.toString())).extracting(ProgramScore::programId).contains(P);
    }

    @Test
    @Order(2)
    void programRecomputeFollowsItsSkillsAndForgetsDeletedPrograms() {
        programs.discipline(P, "DB200", MISSING, "INTRODUCED");

        ProgramGap gap = recompute.recomputeProgram(P).orElseThrow();

        assertThat(gap.score()).isEqualTo(70.91);
        assertThat(gap.covered()).extracting(c -> c.level()).containsExactly(SkillLevel.MASTERED, SkillLevel.INTRODUCED);
        assertThat(results.score(P).orElseThrow().score()).isEqualTo(70.91);
        assertThat(results.lastRun().orElseThrow().trigger()).isEqualTo("PROGRAM");

        UUID gone = UUID.fromString("00000000-0000-0000-0000-00000000a9ff");
        jdbc.update("INSERT INTO alignment.program_score SELECT ?, university_id, code, field_code, region_code, score, "
                + "demanded_skills, missing_skills, run_id, computed_at FROM alignment.program_score WHERE program_id = ?", gone, P);
        assertThat(recompute.recomputeProgram(gone)).isEmpty();
        assertThat(results.score(gone)).isEmpty();
    }

    @Test
    @Order(3)
    void programWithoutTargetsIsStoredAsNotScorable() {
        jdbc.update("DELETE FROM programs.target_occupation WHERE program_id = ?", Q);
        ProgramGap gap = recompute.recomputeProgram(Q).orElseThrow();
        assertThat(gap.status()).isEqualTo(GapStatus.NO_TARGETS);
        assertThat(results.score(Q).orElseThrow().demandedSkills()).isZero();
        programs.target(Q);
        assertThat(List.of(recompute.recomputeProgram(Q).orElseThrow().status())).containsExactly(GapStatus.SCORED);
    }
}
