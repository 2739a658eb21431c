package kz.edufusion.placements;

import static kz.edufusion.support.LoggedIn.as;
import static kz.edufusion.support.LoggedIn.asEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.placements.domain.PlacementRegistry;
import kz.edufusion.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Who may see and do what with an agreement: people outside the placement get 404 on the page, the PDFs and the API
 * (the same answer as for a placement that does not exist); the tutor and the mentor read but cannot sign; the student
 * signs but cannot prepare, edit, send, amend or terminate; bad input is a 400 problem or field errors on the form.
 */
@IntegrationTest
@AutoConfigureMockMvc
class AgreementAuthorizationTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    MockMvc mvc;
    @Autowired
    PlacementRegistry registry;

    AgreementFixtures fixtures;
    CurrentUser student;
    CurrentUser otherStudent;
    UUID placement;

    @BeforeEach
    void sent() {
        fixtures = new AgreementFixtures(context);
        student = fixtures.student("Dana Yesenova");
        otherStudent = fixtures.student("Nurlan Abdrakhmanov");
        fixtures.placed(otherStudent);
        placement = fixtures.placed(student);
        registry.assignTutor(fixtures.user("coordinator"), placement, fixtures.user("tutor").personId());
        registry.assignMentor(fixtures.user("company"), placement, fixtures.user("mentor").personId());
        fixtures.sent(placement, "kk");
    }

    @Test
    void outsidersGetNotFoundEverywhere() throws Exception {
        for (RequestPostProcessor outsider : List.of(asEmail(otherStudent.email()), as("company2"), as("coordinator2"))) {
            mvc.perform(get(page("")).with(outsider)).andExpect(status().isNotFound());
            mvc.perform(get(page("/versions/1/pdf")).with(outsider)).andExpect(status().isNotFound());
            mvc.perform(get(page("/versions/1/document.pdf")).with(outsider)).andExpect(status().isNotFound());
            mvc.perform(post(page("/sign")).with(outsider).with(csrf()).param("fullName", "x").param("consent", "true"))
                    .andExpect(status().isNotFound());
            mvc.perform(get(api("")).with(outsider)).andExpect(status().isNotFound());
            mvc.perform(get(api("/versions/1/pdf")).with(outsider)).andExpect(status().isNotFound());
            mvc.perform(json(post(api("/sign")), "{\"fullName\":\"x\",\"consent\":true}").with(outsider))
                    .andExpect(status().isNotFound());
            mvc.perform(json(post(api("/terminate")), "{\"reason\":\"x\"}").with(outsider)).andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/v1/placements/placements/{id}/agreement", UUID.randomUUID()).with(as("coordinator")))
                .andExpect(status().isNotFound());
        assertThat(signatures()).isZero();
    }

    @Test
    void theTutorAndTheMentorReadButCannotSign() throws Exception {
        for (String supervisor : List.of("tutor", "mentor")) {
            mvc.perform(get(page("")).with(as(supervisor))).andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("data-sign-form"))));
            mvc.perform(get(api("")).with(as(supervisor))).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SENT"));
            mvc.perform(get(page("/versions/1/pdf")).with(as(supervisor))).andExpect(status().isOk());
            mvc.perform(json(post(api("/sign")), "{\"fullName\":\"Gulnara Omarova\",\"consent\":true}").with(as(supervisor)))
                    .andExpect(status().isForbidden());
            mvc.perform(json(post(api("/sign")), "{\"party\":\"STUDENT\",\"fullName\":\"Gulnara Omarova\",\"consent\":true}")
                    .with(as(supervisor))).andExpect(status().isForbidden());
            mvc.perform(post(page("/sign")).with(as(supervisor)).with(csrf()).param("party", "UNIVERSITY")
                    .param("fullName", "Asel Kenzhebayeva").param("consent", "true")).andExpect(status().isForbidden());
        }
        assertThat(signatures()).isZero();
    }

    @Test
    void theStudentSignsButCannotPrepareOrChange() throws Exception {
        RequestPostProcessor me = asEmail(student.email());
        mvc.perform(json(post(api("")), "{\"language\":\"ru\"}").with(me)).andExpect(status().isForbidden());
        mvc.perform(json(put(api("/draft")), "{\"language\":\"ru\"}").with(me)).andExpect(status().isForbidden());
        mvc.perform(post(api("/send")).with(me)).andExpect(status().isForbidden());
        mvc.perform(json(post(api("/amendments")), "{\"reason\":\"x\"}").with(me)).andExpect(status().isForbidden());
        mvc.perform(json(post(api("/terminate")), "{\"reason\":\"x\"}").with(me)).andExpect(status().isForbidden());
        mvc.perform(post(page("/draft")).with(me).with(csrf()).param("language", "ru")).andExpect(status().isForbidden());
        mvc.perform(post(page("/terminate")).with(me).with(csrf()).param("reason", "x")).andExpect(status().isForbidden());
        mvc.perform(json(post(api("/sign")), "{\"party\":\"COMPANY\",\"fullName\":\"Dana Yesenova\",\"consent\":true}").with(me))
                .andExpect(status().isForbidden());

        mvc.perform(json(post(api("/sign")), "{\"fullName\":\"Dias Nurlanov\",\"consent\":true}").with(me))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("fullName"));
        mvc.perform(json(post(api("/sign")), "{\"fullName\":\"Dana Yesenova\",\"consent\":false}").with(me))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("consent"));
        mvc.perform(post(page("/sign")).with(me).with(csrf()).param("party", "STUDENT").param("fullName", "Someone Else"))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("is-invalid")));
        assertThat(signatures()).isZero();

        mvc.perform(post(page("/sign")).with(me).with(csrf()).header("User-Agent", "Browser/1.0").param("party", "STUDENT")
                .param("fullName", "dana   YESENOVA").param("consent", "true")).andExpect(status().is3xxRedirection());
        assertThat(fixtures.jdbc.sql("SELECT party || ' ' || ip_address || ' ' || user_agent FROM placements.agreement_signature "
                + "WHERE placement_id = ?").param(placement).query(String.class).single()).isEqualTo("STUDENT 127.0.0.1 Browser/1.0");
    }

    @Test
    void badTermsAreA400ProblemAndFieldErrorsOnTheForm() throws Exception {
        CurrentUser other = fixtures.student("Zhanel Orazbekova");
        UUID draft = fixtures.placed(other);
        mvc.perform(json(post("/api/v1/placements/placements/{id}/agreement", draft), "{\"language\":\"en\"}").with(as("company")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("language"));
        mvc.perform(json(post("/api/v1/placements/placements/{id}/agreement", draft), "{\"language\":\"ru\"}").with(as("company")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("DRAFT"));
        mvc.perform(json(put("/api/v1/placements/placements/{id}/agreement/draft", draft),
                        "{\"language\":\"ru\",\"startsOn\":\"2032-03-10\",\"endsOn\":\"2032-03-01\",\"hoursPerWeek\":20,"
                                + "\"tasks\":[\"a\"],\"ipOwner\":\"COMPANY\"}").with(as("company")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.type").value("https://edufusion.kz/problems/validation"))
                .andExpect(jsonPath("$.errors[0].field").value("endsOn"));
        mvc.perform(post("/api/v1/placements/placements/{id}/agreement/send", draft).with(as("company")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field")
                        .value(org.hamcrest.Matchers.hasItems("tasks", "tutorName", "mentorName")));
        mvc.perform(post("/placements/placement/{id}/agreement/draft", draft).with(as("coordinator")).with(csrf())
                        .param("language", "ru").param("startsOn", "2032-03-10").param("endsOn", "2032-03-01")
                        .param("hoursPerWeek", "20").param("ipOwner", "COMPANY").param("action", "send"))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"endsOn\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("is-invalid")));
        assertThat(fixtures.jdbc.sql("SELECT status || ' ' || starts_on FROM placements.agreement_version WHERE placement_id = ?")
                .param(draft).query(String.class).single()).doesNotContain("2032").startsWith("DRAFT");
    }

    private int signatures() {
        return fixtures.jdbc.sql("SELECT count(*) FROM placements.agreement_signature WHERE placement_id = ?").param(placement)
                .query(Integer.class).single();
    }

    private String page(String rest) {
        return "/placements/placement/" + placement + "/agreement" + rest;
    }

    private String api(String rest) {
        return "/api/v1/placements/placements/" + placement + "/agreement" + rest;
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body);
    }
}
