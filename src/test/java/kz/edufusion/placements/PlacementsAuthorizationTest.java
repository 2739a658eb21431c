package kz.edufusion.placements;

import static kz.edufusion.support.LoggedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import kz.edufusion.placements.domain.OfferView;
import kz.edufusion.placements.domain.Offers;
import kz.edufusion.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every placement object is answered only to the people it concerns: a student sees their own application and CV,
 * a company its own offers' applicants, a coordinator their own university's students; everybody else gets the
 * same 404 as for an id that does not exist.
 */
@IntegrationTest
@AutoConfigureMockMvc
class PlacementsAuthorizationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Offers offers;
    @Autowired
    JdbcClient jdbc;

    PlacementFixtures fixtures;
    OfferView offer;
    String application;

    @BeforeEach
    void applied() throws Exception {
        fixtures = new PlacementFixtures(users, offers);
        offer = fixtures.published("company", Selection.FIRST_COME, 2);
        String body = mvc.perform(multipart("/api/v1/placements/offers/{id}/applications", offer.id())
                        .file(new MockMultipartFile("cv", "cv.pdf", "application/pdf", PlacementFixtures.PDF))
                        .param("motivation", "Хочу учиться у лучших").with(as("student")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andReturn().getResponse().getContentAsString();
        application = com.jayway.jsonpath.JsonPath.read(body, "$.id");
    }

    @ParameterizedTest(name = "{0} reads the application and its CV")
    @ValueSource(strings = {"student", "company", "coordinator"})
    void theStudentTheCompanyAndTheStudentsCoordinatorMayRead(String login) throws Exception {
        mvc.perform(get("/api/v1/placements/applications/{id}", application).with(as(login))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/placements/applications/{id}/cv", application).with(as(login)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andExpect(content().bytes(PlacementFixtures.PDF));
    }

    @ParameterizedTest(name = "{0} is refused the application and its CV")
    @ValueSource(strings = {"student2", "student5", "company2", "coordinator2", "mentor", "educator", "analyst"})
    void everybodyElseIsRefused(String login) throws Exception {
        mvc.perform(get("/api/v1/placements/applications/{id}", application).with(as(login)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/placements/applications/{id}/cv", application).with(as(login)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/placements/applications/{id}/withdraw", application).with(as(login)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aGuessedIdIsAnsweredLikeAForeignOne() throws Exception {
        mvc.perform(get("/api/v1/placements/applications/{id}", UUID.randomUUID()).with(as("student")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://edufusion.kz/problems/not-found"));
    }

    @Test
    void anotherCompanySeesNeitherTheApplicantsNorDecides() throws Exception {
        mvc.perform(get("/api/v1/placements/offers/{id}/applications", offer.id()).with(as("company2")))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/placements/applications/{id}/decision", application).with(as("company2"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"action\":\"ACCEPT\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/placements/offers/{id}/close", offer.id()).with(as("company2")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/placements/offers/{id}/applications", offer.id()).with(as("company")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].id").value(application));
        assertThat(jdbc.sql("SELECT status FROM placements.application WHERE id = ?::uuid").param(application)
                .query(String.class).single()).isEqualTo("SUBMITTED");
    }

    @Test
    void aStudentsListHoldsOnlyTheirOwnApplications() throws Exception {
        mvc.perform(get("/api/v1/placements/applications/mine").with(as("student2")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + application + "')]").isEmpty());
        mvc.perform(get("/api/v1/placements/applications/mine").with(as("student")))
                .andExpect(jsonPath("$[?(@.id == '" + application + "')]").isNotEmpty());
    }

    @Test
    void aCoordinatorSeesOnlyTheirOwnUniversitysApplications() throws Exception {
        mvc.perform(get("/api/v1/placements/applications/university").with(as("coordinator2")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == '" + application + "')]").isEmpty());
        mvc.perform(get("/api/v1/placements/applications/university").with(as("coordinator")))
                .andExpect(jsonPath("$[?(@.id == '" + application + "')]").isNotEmpty());
    }

    @Test
    void aDraftIsHiddenFromStudentsAndFromOtherCompanies() throws Exception {
        OfferView draft = offers.create(fixtures.user("company"), fixtures.company("company"),
                PlacementFixtures.draft("Черновик", Selection.FIRST_COME, 1));
        mvc.perform(get("/api/v1/placements/offers/{id}", draft.id()).with(as("student"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/placements/offers/{id}", draft.id()).with(as("company2"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/placements/offers/{id}", draft.id()).with(as("company"))).andExpect(status().isOk());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/v1/placements/offers/{id}",
                draft.id()).with(as("company2"))).andExpect(status().isNotFound());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/v1/placements/offers/{id}",
                offer.id()).with(as("company"))).andExpect(status().isConflict());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/v1/placements/offers/{id}",
                draft.id()).with(as("company"))).andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/placements/offers/{id}", draft.id()).with(as("company"))).andExpect(status().isNotFound());
    }

    @Test
    void offersOfACompanyAwaitingApprovalNeverReachStudents() throws Exception {
        UUID pending = jdbc.sql("SELECT id FROM placements.offer WHERE status = 'PUBLISHED' AND title_en = 'Agritech internship'")
                .query(UUID.class).single();
        mvc.perform(get("/api/v1/placements/offers/{id}", pending).with(as("student"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/placements/offers").param("q", "Agritech").with(as("student")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(0));
        mvc.perform(multipart("/api/v1/placements/offers/{id}/applications", pending)
                        .file(new MockMultipartFile("cv", "cv.pdf", "application/pdf", PlacementFixtures.PDF))
                        .param("motivation", "Хочу").with(as("student")))
                .andExpect(status().isNotFound());
    }

    @Test
    void aCoordinatorNominatesOnlyTheirOwnStudents() throws Exception {
        UUID student5 = fixtures.user("student5").personId();
        String nomination = "{\"studentId\":\"" + student5 + "\",\"note\":\"Сильный студент\"}";
        mvc.perform(post("/api/v1/placements/offers/{id}/nominations", offer.id()).with(as("coordinator2"))
                        .contentType(MediaType.APPLICATION_JSON).content(nomination))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/placements/offers/{id}/nominations", offer.id()).with(as("coordinator"))
                        .contentType(MediaType.APPLICATION_JSON).content(nomination))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.nominated").value(true));
    }
}
