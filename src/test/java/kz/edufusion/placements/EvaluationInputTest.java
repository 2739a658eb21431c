package kz.edufusion.placements;

import static kz.edufusion.support.LoggedIn.as;
import static kz.edufusion.support.LoggedIn.asEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import kz.edufusion.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Bad forms are refused field by field (API problem details, page field errors) and nothing is written. */
@IntegrationTest
@AutoConfigureMockMvc
class EvaluationInputTest {

    static final List<String> OUTCOMES = List.of("ON1", "ON2", "ON3");

    @Autowired
    MockMvc mvc;
    @Autowired
    org.springframework.context.ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    EvaluationFixtures.Placed placed;

    @BeforeEach
    void placed() {
        placed = new EvaluationFixtures(context)
                .active("Erlan Input", OUTCOMES);
    }

    @Test
    void ratingsOutsideTheScaleAreFieldErrors() throws Exception {
        api("{\"evaluator\":\"MENTOR\",\"stage\":\"MID\",\"ratings\":[{\"criterion\":\"OUTCOME:ON1\",\"rating\":0,\"comment\":\"x\"},"
                + "{\"criterion\":\"OUTCOME:ON2\",\"rating\":6},{\"criterion\":\"OUTCOME:ON3\",\"rating\":3}]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("ratings[0].rating", "ratings[1].rating")));
        assertNothingWritten();
    }

    @Test
    void everyCriterionMustBeRatedOnceAndOnlyCriteriaOfThePlacement() throws Exception {
        api("{\"evaluator\":\"MENTOR\",\"stage\":\"MID\",\"ratings\":[{\"criterion\":\"OUTCOME:ON1\",\"rating\":4}]}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("ratings"));
        api("{\"evaluator\":\"MENTOR\",\"stage\":\"MID\",\"ratings\":[{\"criterion\":\"OUTCOME:ON1\",\"rating\":4},"
                + "{\"criterion\":\"OUTCOME:ON1\",\"rating\":4},{\"criterion\":\"OUTCOME:ON2\",\"rating\":4},"
                + "{\"criterion\":\"OUTCOME:ON3\",\"rating\":4},{\"criterion\":\"GENERIC:knowledge\",\"rating\":4}]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("ratings[1].criterion", "ratings[4].criterion")));
        api("{\"evaluator\":\"MENTOR\",\"ratings\":[]}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("stage"));
        assertNothingWritten();
    }

    @Test
    void aLowRatingNeedsAComment() throws Exception {
        api("{\"evaluator\":\"MENTOR\",\"stage\":\"MID\",\"ratings\":[{\"criterion\":\"OUTCOME:ON1\",\"rating\":2,\"comment\":\"  \"},"
                + "{\"criterion\":\"OUTCOME:ON2\",\"rating\":1},{\"criterion\":\"OUTCOME:ON3\",\"rating\":3}]}")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("ratings[0].comment", "ratings[1].comment")));
        assertNothingWritten();
    }

    @Test
    void thePageShowsFieldErrorsAndKeepsWhatWasTyped() throws Exception {
        mvc.perform(post("/placements/placement/{id}/evaluation", placed.id()).with(asEmail(placed.mentorEmail())).with(csrf())
                        .param("lang", "en").param("evaluator", "MENTOR").param("stage", "MID")
                        .param("ratings[0].criterion", "OUTCOME:ON1").param("ratings[0].rating", "1")
                        .param("ratings[1].criterion", "OUTCOME:ON2").param("ratings[1].rating", "9")
                        .param("ratings[2].criterion", "OUTCOME:ON3").param("ratings[2].rating", "4").param("ratings[2].comment", "Хорошо"))
                .andExpect(status().isOk())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString())
                        .contains("Explain a rating of 1 or 2 in a comment.", "A rating from 1 to 5.", "Хорошо"));
        mvc.perform(post("/placements/placement/{id}/evaluation", placed.id()).with(asEmail(placed.mentorEmail())).with(csrf())
                        .param("lang", "en").param("evaluator", "MENTOR").param("stage", "MID")
                        .param("ratings[0].criterion", "OUTCOME:ON1").param("ratings[0].rating", "x"))
                .andExpect(status().isOk())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("A rating from 1 to 5."));
        assertNothingWritten();
    }

    @Test
    void badHostFeedbackAndJobOffersAreFieldErrorsToo() throws Exception {
        mvc.perform(post("/api/v1/placements/placements/{id}/host-feedback", placed.id()).with(asEmail(placed.studentEmail()))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"mentoring\":7,\"tasks\":0}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("mentoring", "tasks", "conditions", "wouldRecommend")));
        mvc.perform(put("/api/v1/placements/placements/{id}/job-offer", placed.id()).with(as("company"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"position\":\" \",\"salaryKzt\":-1,\"offeredOn\":\"2099-01-01\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItems("position", "salaryKzt", "offeredOn")));
        assertThat(count("host_feedback")).isZero();
        assertThat(count("job_offer")).isZero();
    }

    private ResultActions api(String json) throws Exception {
        return mvc.perform(post("/api/v1/placements/placements/{id}/evaluations", placed.id()).with(asEmail(placed.mentorEmail()))
                .contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private void assertNothingWritten() {
        assertThat(count("evaluation")).isZero();
    }

    private int count(String table) {
        return jdbc.sql("SELECT count(*) FROM placements." + table + " WHERE placement_id = ?").param(placed.id()).query(Integer.class).single();
    }
}
