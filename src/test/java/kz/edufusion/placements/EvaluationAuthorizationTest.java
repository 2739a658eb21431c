package kz.edufusion.placements;

import static kz.edufusion.support.LoggedIn.as;
import static kz.edufusion.support.LoggedIn.asEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import kz.edufusion.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Who may submit, read and record what on a placement's evaluation: only its mentor as MENTOR, its tutor as TUTOR,
 * its student as SELF; people outside the placement get 404, parties in the wrong part 403; the student reads the
 * mentor's and the tutor's forms only after the final decision; only the company records a job offer.
 */
@IntegrationTest
@AutoConfigureMockMvc
class EvaluationAuthorizationTest {

    static final List<String> OUTCOMES = List.of("ON1", "ON2");

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
                .active("Aidana Test " + UUID.randomUUID().toString().substring(0, 6), OUTCOMES);
    }

    @Test
    void eachEvaluatorSubmitsOnlyTheirOwnForm() throws Exception {
        submit(asEmail(placed.tutorEmail()), "MENTOR", "MID").andExpect(status().isForbidden());
        submit(asEmail(placed.studentEmail()), "MENTOR", "MID").andExpect(status().isForbidden());
        submit(as("company"), "MENTOR", "MID").andExpect(status().isForbidden());
        submit(asEmail(placed.mentorEmail()), "TUTOR", "MID").andExpect(status().isForbidden());
        submit(as("coordinator"), "TUTOR", "MID").andExpect(status().isForbidden());
        submit(asEmail(placed.mentorEmail()), "SELF", "MID").andExpect(status().isForbidden());
        assertThat(forms()).isZero();

        submit(asEmail(placed.mentorEmail()), "MENTOR", "MID").andExpect(status().isCreated())
                .andExpect(jsonPath("$.score").value(62.5));
        submit(asEmail(placed.tutorEmail()), "TUTOR", "MID").andExpect(status().isCreated());
        submit(asEmail(placed.studentEmail()), "SELF", "MID").andExpect(status().isCreated());
        submit(asEmail(placed.mentorEmail()), "MENTOR", "MID").andExpect(status().isConflict());
        assertThat(forms()).isEqualTo(3);
    }

    @Test
    void peopleOutsideThePlacementAreAnswered404() throws Exception {
        for (RequestPostProcessor outsider : List.of(as("mentor2"), as("coordinator2"), as("student5"), as("company2"), as("mentor"),
                as("tutor"))) {
            mvc.perform(get("/api/v1/placements/placements/{id}/evaluation", placed.id()).with(outsider)).andExpect(status().isNotFound());
            mvc.perform(get("/placements/placement/{id}/evaluation", placed.id()).with(outsider)).andExpect(status().isNotFound());
            for (String evaluator : List.of("MENTOR", "TUTOR", "SELF")) {
                submit(outsider, evaluator, "FINAL").andExpect(status().isNotFound());
            }
            jobOffer(outsider).andExpect(status().isNotFound());
            mvc.perform(post("/api/v1/placements/placements/{id}/host-feedback", placed.id()).with(outsider)
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"mentoring\":5,\"tasks\":5,\"conditions\":5,\"wouldRecommend\":true}")).andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/v1/placements/placements/{id}/evaluation", UUID.randomUUID()).with(asEmail(placed.mentorEmail())))
                .andExpect(status().isNotFound());
        assertThat(forms()).isZero();
    }

    @Test
    void theStudentReadsTheMentorsFormOnlyAfterTheFinalDecision() throws Exception {
        submit(asEmail(placed.mentorEmail()), "MENTOR", "MID").andExpect(status().isCreated());
        submit(asEmail(placed.studentEmail()), "SELF", "FINAL").andExpect(status().isCreated());
        submit(asEmail(placed.mentorEmail()), "MENTOR", "FINAL").andExpect(status().isCreated());

        mvc.perform(get("/api/v1/placements/placements/{id}/evaluation", placed.id()).with(asEmail(placed.studentEmail())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.submitted.length()").value(3))
                .andExpect(jsonPath("$.forms.length()").value(1))
                .andExpect(jsonPath("$.forms[0].evaluator").value("SELF"))
                .andExpect(jsonPath("$.formsHidden").value(true));
        mvc.perform(get("/placements/placement/{id}/evaluation", placed.id()).with(asEmail(placed.studentEmail())))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString())
                        .contains("data-forms-hidden").doesNotContain("data-form=\"MID-MENTOR\""));
        mvc.perform(get("/api/v1/placements/placements/{id}/evaluation", placed.id()).with(asEmail(placed.tutorEmail())))
                .andExpect(jsonPath("$.forms.length()").value(3));
        mvc.perform(get("/api/v1/placements/placements/{id}/evaluation", placed.id()).with(as("company")))
                .andExpect(jsonPath("$.forms.length()").value(3));

        submit(asEmail(placed.tutorEmail()), "TUTOR", "FINAL").andExpect(status().isCreated());
        mvc.perform(get("/api/v1/placements/placements/{id}/evaluation", placed.id()).with(asEmail(placed.studentEmail())))
                .andExpect(jsonPath("$.placement.status").value("COMPLETED"))
                .andExpect(jsonPath("$.forms.length()").value(4))
                .andExpect(jsonPath("$.formsHidden").value(false));
    }

    @Test
    void onlyTheCompanyRecordsAJobOffer() throws Exception {
        jobOffer(asEmail(placed.mentorEmail())).andExpect(status().isForbidden());
        jobOffer(asEmail(placed.studentEmail())).andExpect(status().isForbidden());
        jobOffer(asEmail(placed.tutorEmail())).andExpect(status().isForbidden());
        jobOffer(as("coordinator")).andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT count(*) FROM placements.job_offer WHERE placement_id = ?").param(placed.id()).query(Integer.class).single())
                .isZero();
        jobOffer(as("company")).andExpect(status().isOk()).andExpect(jsonPath("$.position").value("Младший аналитик"))
                .andExpect(jsonPath("$.accepted").doesNotExist());
        mvc.perform(put("/api/v1/placements/placements/{id}/job-offer", placed.id()).with(as("company")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"position\":\"Младший аналитик\",\"salaryKzt\":350000,\"offeredOn\":\"2026-01-15\",\"accepted\":true}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.accepted").value(true));
        assertThat(jdbc.sql("SELECT salary_kzt FROM placements.job_offer WHERE placement_id = ? AND accepted").param(placed.id())
                .query(Integer.class).single()).isEqualTo(350_000);
        mvc.perform(get("/api/v1/placements/placements/{id}/evaluation", placed.id()).with(asEmail(placed.studentEmail())))
                .andExpect(jsonPath("$.jobOffer.position").value("Младший аналитик"));
        mvc.perform(get("/api/v1/placements/placements/{id}/evaluation", placed.id()).with(asEmail(placed.tutorEmail())))
                .andExpect(jsonPath("$.jobOffer").doesNotExist());
    }

    @Test
    void hostFeedbackIsTheStudentsAndTheCompanySeesOnlyTheAggregate() throws Exception {
        mvc.perform(post("/api/v1/placements/placements/{id}/host-feedback", placed.id()).with(asEmail(placed.mentorEmail()))
                .contentType(MediaType.APPLICATION_JSON).content("{\"mentoring\":5,\"tasks\":5,\"conditions\":5,\"wouldRecommend\":true}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/placements/placements/{id}/host-feedback", placed.id()).with(asEmail(placed.studentEmail()))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"mentoring\":2,\"tasks\":4,\"conditions\":3,\"wouldRecommend\":false,\"text\":\"Мало задач\"}"))
                .andExpect(status().isCreated());
        mvc.perform(get("/api/v1/placements/placements/{id}/evaluation", placed.id()).with(as("company")))
                .andExpect(jsonPath("$.hostFeedback").doesNotExist())
                .andExpect(jsonPath("$.hostSummary.answers").isNumber());
        mvc.perform(get("/api/v1/placements/placements/{id}/evaluation", placed.id()).with(asEmail(placed.mentorEmail())))
                .andExpect(jsonPath("$.hostFeedback").doesNotExist()).andExpect(jsonPath("$.hostSummary").doesNotExist());
        mvc.perform(get("/api/v1/placements/placements/{id}/evaluation", placed.id()).with(as("coordinator")))
                .andExpect(jsonPath("$.hostFeedback.text").value("Мало задач"));
    }

    private ResultActions submit(RequestPostProcessor who, String evaluator, String stage) throws Exception {
        return mvc.perform(post("/api/v1/placements/placements/{id}/evaluations", placed.id()).with(who)
                .contentType(MediaType.APPLICATION_JSON).content(EvaluationFixtures.form(evaluator, stage, OUTCOMES, 4, 3)));
    }

    private ResultActions jobOffer(RequestPostProcessor who) throws Exception {
        return mvc.perform(put("/api/v1/placements/placements/{id}/job-offer", placed.id()).with(who).contentType(MediaType.APPLICATION_JSON)
                .content("{\"position\":\"Младший аналитик\",\"salaryKzt\":300000,\"offeredOn\":\"2026-01-10\"}"));
    }

    private int forms() {
        return jdbc.sql("SELECT count(*) FROM placements.evaluation WHERE placement_id = ?").param(placed.id()).query(Integer.class).single();
    }
}
