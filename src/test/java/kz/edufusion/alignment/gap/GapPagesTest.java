package kz.edufusion.alignment.gap;

import static kz.edufusion.labormarket.VacancyFixture.JAVA;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import kz.edufusion.labormarket.VacancyFixture;
import kz.edufusion.support.DemoLogins;
import kz.edufusion.support.IntegrationTest;
import kz.edufusion.support.LoggedIn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The gap pages and API: what they show (with the data-* hooks the browser journey uses, in ru and kk), who may
 * see them (the program's university staff, analysts, QA reviewers, administrators), and refusals: 403 for
 * other users even with a guessed id, 404 for unknown ids, 400 for malformed ones.
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GapPagesTest {

    /** A real skill no demo program teaches, so no demo discipline competes for the recommendation. */
    static final String MISSING = "http://data.europa.eu/esco/skill/045f71e6-0699-4169-8a54-9c6b96f3174d";

    private static final Logger log = LoggerFactory.getLogger(GapPagesTest.class);
    static final UUID P = UUID.fromString("00000000-0000-0000-0000-00000000b901");
    static final UUID Q = UUID.fromString("00000000-0000-0000-0000-00000000b902");

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired GapRecompute recompute;
    GapFixturePrograms programs;
    UUID kaznu;
    UUID satbayev;

    @BeforeAll
    void fixture() {
        programs = new GapFixturePrograms(jdbc, "9621");
        kaznu = programs.university("KazNU");
        satbayev = programs.university("Satbayev University");
        programs.program(P, kaznu, "6B06977", "KZ-75", 60);
        programs.program(Q, satbayev, "6B06978", "KZ-71", 30);
        programs.discipline(P, "JV100", JAVA, "MASTERED");
        programs.discipline(Q, "DB100", MISSING, "PRACTICED");
        VacancyFixture vacancies = new VacancyFixture(jdbc);
        for (int i = 0; i < 3; i++) {
            long id = vacancies.vacancy(2).title("Gap page fixture " + i).region("KZ-75").skills(JAVA, MISSING).insert();
            programs.iscoOf(id);
        }
        recompute.recomputeNation(RecomputeTrigger.ADMIN);
    }

    @AfterAll
    void cleanUp() {
        programs.remove(P, Q);
    }

    @ParameterizedTest
    @ValueSource(strings = {"coordinator", "analyst", "reviewer", "admin"})
    void programPageShowsScoreMissingSkillsAndEvidence(String login) throws Exception {
        mvc.perform(get("/programs/{id}/gap", P).with(LoggedIn.as(login)).param("lang", "ru"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-score=\"50.0\"")))
                .andExpect(content().string(containsString("data-missing-skill=\"" + MISSING + "\"")))
                .andExpect(content().string(containsString("data-recommendation=\"DB100\"")))
                .andExpect(content().string(containsString("/vacancies?skill=" + MISSING + "&amp;isco=9621")))
                .andExpect(content().string(containsString("Недостающие навыки")));
    }

    @Test
    void programPageInKazakh() throws Exception {
        mvc.perform(get("/programs/{id}/gap", P).with(LoggedIn.as("coordinator")).param("lang", "kk"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Жетіспейтін дағдылар")))
                .andExpect(content().string(not(containsString("??"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"educator", "student", "tutor", "company", "mentor"})
    void othersAreRefusedTheProgramPageAndApi(String login) throws Exception {
        // educator works at Satbayev University, tutor and student at KazNU but hold no staff role that sees gaps
        mvc.perform(get("/programs/{id}/gap", P).with(LoggedIn.as(login))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/alignment/programs/{id}", P).with(httpBasic(DemoLogins.email(login), DemoLogins.PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void unknownAndMalformedIds() throws Exception {
        UUID guessed = UUID.fromString("00000000-0000-0000-0000-00000000b9ff");
        mvc.perform(get("/programs/{id}/gap", guessed).with(LoggedIn.as("coordinator"))).andExpect(status().isNotFound());
        mvc.perform(get("/programs/{id}/gap", "not-a-uuid").with(LoggedIn.as("coordinator"))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/alignment/programs/{id}", guessed).with(basic("analyst")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.status").value(404));
        mvc.perform(get("/api/v1/alignment/programs/{id}", "not-a-uuid").with(basic("analyst")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://edufusion.kz/problems/validation"));
        mvc.perform(get("/programs/{id}/gap", P)).andExpect(status().is3xxRedirection());
    }

    @Test
    void apiGivesTheStoredAnalysis() throws Exception {
        mvc.perform(get("/api/v1/alignment/programs/{id}", P).with(basic("coordinator")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.score").value(50.0))
                .andExpect(jsonPath("$.gap.missing[0].skillUri").value(MISSING))
                .andExpect(jsonPath("$.gap.missing[0].vacancies").value(3))
                .andExpect(jsonPath("$.gap.recommendations[0].disciplineCode").value("DB100"));
    }

    @Test
    void recomputeIsForAdministratorsOnly() throws Exception {
        mvc.perform(post("/api/v1/admin/alignment/recompute").with(basic("analyst"))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/admin/alignment/recompute").with(basic("admin")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.trigger").value("ADMIN"));
        mvc.perform(post("/admin/alignment/recompute").with(LoggedIn.as("coordinator")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/admin/alignment/recompute").param("back", "/programs/" + P + "/gap")
                        .with(LoggedIn.as("admin")).with(csrf()))
                .andExpect(redirectedUrl("/programs/" + P + "/gap"));
        mvc.perform(post("/admin/alignment/recompute").param("back", "https://evil.example/")
                        .with(LoggedIn.as("admin")).with(csrf()))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void groupPagesByRoleAndOrganization() throws Exception {
        mvc.perform(get("/alignment/universities/{id}", kaznu).with(LoggedIn.as("coordinator")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("data-member=\"" + P + "\"")));
        mvc.perform(get("/alignment/universities/{id}", kaznu).with(LoggedIn.as("tutor"))).andExpect(status().isOk());
        mvc.perform(get("/alignment/universities/{id}", kaznu).with(LoggedIn.as("educator"))).andExpect(status().isForbidden());
        mvc.perform(get("/alignment/universities/{id}", satbayev).with(LoggedIn.as("coordinator"))).andExpect(status().isForbidden());
        mvc.perform(get("/alignment/universities/{id}", satbayev).with(LoggedIn.as("analyst"))).andExpect(status().isOk());
        mvc.perform(get("/alignment/regions/KZ-75").with(LoggedIn.as("coordinator")).param("lang", "kk"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("data-member=\"" + P + "\"")));
        mvc.perform(get("/alignment/regions/KZ-75").with(LoggedIn.as("student"))).andExpect(status().isForbidden());
        mvc.perform(get("/alignment/fields/06").with(LoggedIn.as("analyst"))).andExpect(status().isOk());
        mvc.perform(get("/alignment/fields/06").with(LoggedIn.as("educator"))).andExpect(status().isForbidden());
        mvc.perform(get("/alignment/regions/KZ-00").with(LoggedIn.as("analyst"))).andExpect(status().isNotFound());
        mvc.perform(get("/alignment/fields/99").with(LoggedIn.as("analyst"))).andExpect(status().isBadRequest());
        mvc.perform(get("/alignment/universities/not-a-uuid").with(LoggedIn.as("analyst"))).andExpect(status().isBadRequest());
        mvc.perform(get("/alignment/universities/{id}", UUID.randomUUID()).with(LoggedIn.as("analyst")))
                .andExpect(status().isNotFound());
    }

    /** The page is one indexed read plus the skill labels: best of five renders, logged and held under 300 ms. */
    @Test
    void programPageRendersWellUnder300Milliseconds() throws Exception {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 6; i++) {
            long started = System.nanoTime();
            mvc.perform(get("/programs/{id}/gap", P).with(LoggedIn.as("analyst"))).andExpect(status().isOk());
            best = i == 0 ? best : Math.min(best, System.nanoTime() - started);
        }
        log.info("Program gap page: best of 5 renders {} ms", best / 1_000_000.0);
        assertThat(best / 1_000_000).isLessThan(300);
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor basic(String login) {
        return httpBasic(DemoLogins.email(login), DemoLogins.PASSWORD);
    }
}
