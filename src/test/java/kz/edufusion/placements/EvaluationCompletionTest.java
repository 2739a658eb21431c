package kz.edufusion.placements;

import static kz.edufusion.support.LoggedIn.asEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.edufusion.placements.evaluation.EvaluationCriteria;
import kz.edufusion.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The completion rule with exact numbers: five criteria, form score = (sum − 5) × 25 / 5; ratings 3,3,3,4,4 give
 * 60.00 % and 3,3,3,3,4 give 55.00 %. Mentor 60 and tutor 60 complete the placement (result 60.00 = the minimum),
 * mentor 60 and tutor 55 leave it incomplete (57.50). Only an ACTIVE placement is evaluated.
 */
@IntegrationTest
@AutoConfigureMockMvc
class EvaluationCompletionTest {

    static final List<String> OUTCOMES = List.of("ON1", "ON2", "ON3", "ON4", "ON5");

    @Autowired
    MockMvc mvc;
    @Autowired
    org.springframework.context.ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    EvaluationFixtures fixtures() {
        return new EvaluationFixtures(context);
    }

    @Test
    void exactlyTheMinimumCompletesThePlacementWithACertificateAndACompetenceRecord() throws Exception {
        EvaluationFixtures.Placed placed = fixtures().active("Saule Exact", OUTCOMES);
        submit(placed, placed.mentorEmail(), "MENTOR", 3, 3, 3, 4, 4).andExpect(jsonPath("$.score").value(60.0));
        assertThat(statusOf(placed)).isEqualTo("ACTIVE");
        submit(placed, placed.tutorEmail(), "TUTOR", 4, 4, 3, 3, 3).andExpect(jsonPath("$.score").value(60.0));

        assertThat(statusOf(placed)).isEqualTo("COMPLETED");
        Map<String, Object> result = jdbc.sql("SELECT score, minimum_score, passed FROM placements.evaluation_result WHERE placement_id = ?")
                .param(placed.id()).query().singleRow();
        assertThat((BigDecimal) result.get("score")).isEqualByComparingTo("60.00");
        assertThat((BigDecimal) result.get("minimum_score")).isEqualByComparingTo("60");
        assertThat(result.get("passed")).isEqualTo(true);
        assertThat(jdbc.sql("SELECT status_reason FROM placements.placement WHERE id = ?").param(placed.id()).query(String.class).single())
                .isEqualTo("60.00 % ≥ 60.00 %");
        assertThat(jdbc.sql("SELECT verification_code FROM placements.certificate WHERE placement_id = ?").param(placed.id())
                .query(String.class).single()).matches("[a-z2-7]{26}");
        // ON1: mentor 3, tutor 4 -> 3.50; ON5: mentor 4, tutor 3 -> 3.50; ON3: 3 and 3 -> 3.00
        assertThat(jdbc.sql("SELECT criterion || '=' || final_rating FROM placements.competence_record WHERE placement_id = ? ORDER BY position")
                .param(placed.id()).query(String.class).list())
                .containsExactly("OUTCOME:ON1=3.50", "OUTCOME:ON2=3.50", "OUTCOME:ON3=3.00", "OUTCOME:ON4=3.50", "OUTCOME:ON5=3.50");
        mvc.perform(get("/api/v1/placements/competence-record/mine").with(asEmail(placed.studentEmail())))
                .andExpect(jsonPath("$[0].competences.length()").value(5))
                .andExpect(jsonPath("$[0].competences[0].criterion.label.en").value("Learning outcome ON1"))
                .andExpect(jsonPath("$[0].competences[0].finalRating").value(3.5));
        mvc.perform(get("/placements/profile").with(asEmail(placed.studentEmail())))
                .andExpect(status().isOk())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("data-competence=\"OUTCOME:ON3\"", "3.00"));

        submit(placed, placed.studentEmail(), "SELF", 5, 5, 5, 5, 5).andExpect(status().isConflict());
    }

    @Test
    void belowTheMinimumLeavesThePlacementIncompleteWithTheReason() throws Exception {
        EvaluationFixtures.Placed placed = fixtures().active("Bolat Below", OUTCOMES);
        submit(placed, placed.tutorEmail(), "TUTOR", 3, 3, 3, 3, 4).andExpect(jsonPath("$.score").value(55.0));
        submit(placed, placed.mentorEmail(), "MENTOR", 3, 3, 3, 4, 4).andExpect(status().isCreated());

        assertThat(statusOf(placed)).isEqualTo("INCOMPLETE");
        assertThat(jdbc.sql("SELECT status_reason FROM placements.placement WHERE id = ?").param(placed.id()).query(String.class).single())
                .isEqualTo("57.50 % < 60.00 %");
        assertThat(jdbc.sql("SELECT count(*) FROM placements.certificate WHERE placement_id = ?").param(placed.id()).query(Integer.class).single())
                .isZero();
        mvc.perform(get("/placements/placement/{id}/evaluation", placed.id()).with(asEmail(placed.studentEmail())).param("lang", "en"))
                .andExpect(r -> assertThat(r.getResponse().getContentAsString())
                        .contains("Placement incomplete", "Result 57.50 % (minimum 60.00 %): mentor 60.00 %, tutor 55.00 %."));
        mvc.perform(get("/placements/placement/{id}/evaluation/certificate", placed.id()).with(asEmail(placed.studentEmail())))
                .andExpect(status().isNotFound());
    }

    @Test
    void onlyAnActivePlacementIsEvaluated() throws Exception {
        EvaluationFixtures.Placed placed = fixtures().placed("Cholpon Agreement", OUTCOMES);
        submit(placed, placed.mentorEmail(), "MENTOR", 3, 3, 3, 4, 4).andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("conflict")));
        assertThat(jdbc.sql("SELECT count(*) FROM placements.evaluation WHERE placement_id = ?").param(placed.id()).query(Integer.class).single())
                .isZero();
    }

    @Test
    void aPlacementWithoutSkillsOrPlanIsRatedOnTheGenericCriteria() throws Exception {
        EvaluationFixtures.Placed placed = fixtures().active("Dana Generic", List.of());
        mvc.perform(get("/api/v1/placements/placements/{id}/evaluation", placed.id()).with(asEmail(placed.mentorEmail())))
                .andExpect(jsonPath("$.criteria.length()").value(EvaluationCriteria.GENERIC.size()))
                .andExpect(jsonPath("$.criteria[0].key").value("GENERIC:knowledge"))
                .andExpect(jsonPath("$.criteria[0].label.kk").value("Кәсіби білім"))
                .andExpect(jsonPath("$.criteria[5].label.ru").value("Безопасность и дисциплина"));
    }

    private ResultActions submit(EvaluationFixtures.Placed placed, String email, String evaluator, int... ratings) throws Exception {
        return mvc.perform(post("/api/v1/placements/placements/{id}/evaluations", placed.id()).with(asEmail(email))
                .contentType(MediaType.APPLICATION_JSON).content(EvaluationFixtures.form(evaluator, "FINAL", OUTCOMES, ratings)));
    }

    private String statusOf(EvaluationFixtures.Placed placed) {
        return jdbc.sql("SELECT status FROM placements.placement WHERE id = ?").param(placed.id()).query(String.class).single();
    }

}
