package kz.edufusion.placements;

import static kz.edufusion.support.LoggedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import kz.edufusion.placements.domain.ApplicationView;
import kz.edufusion.placements.domain.Applications;
import kz.edufusion.placements.domain.CvUpload;
import kz.edufusion.placements.domain.Decision;
import kz.edufusion.placements.domain.OfferView;
import kz.edufusion.placements.domain.Offers;
import kz.edufusion.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The student's coordinator names the tutor, the company the mentor; each only from the right organization and role. */
@IntegrationTest
@AutoConfigureMockMvc
class SupervisionAssignmentTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Offers offers;
    @Autowired
    Applications applications;
    @Autowired
    JdbcClient jdbc;

    PlacementFixtures fixtures;
    UUID placement;

    @BeforeEach
    void placed() {
        fixtures = new PlacementFixtures(users, offers);
        OfferView offer = fixtures.published("company", Selection.FIRST_COME, 1);
        ApplicationView applied = applications.apply(fixtures.user("student"), offer.id(), "Хочу",
                new CvUpload("cv.pdf", PlacementFixtures.PDF));
        applications.decide(fixtures.user("company"), applied.id(), new Decision(Decision.Action.ACCEPT, null, null, null));
        placement = jdbc.sql("SELECT id FROM placements.placement WHERE application_id = ?").param(applied.id())
                .query(UUID.class).single();
    }

    @Test
    void theCoordinatorNamesATutorOfTheUniversity() throws Exception {
        assign("tutor", "coordinator2", "tutor").andExpect(status().isNotFound());
        assign("tutor", "company", "tutor").andExpect(status().isNotFound());
        assign("tutor", "coordinator", "educator2").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("tutorId"));
        assign("tutor", "coordinator", "tutor").andExpect(status().isNoContent());
        assertThat(jdbc.sql("SELECT tutor_id FROM placements.placement WHERE id = ?").param(placement).query(UUID.class).single())
                .isEqualTo(fixtures.user("tutor").personId());
    }

    @Test
    void theCompanyNamesAMentorOfTheCompany() throws Exception {
        assign("mentor", "company2", "mentor").andExpect(status().isNotFound());
        assign("mentor", "coordinator", "mentor").andExpect(status().isNotFound());
        assign("mentor", "company", "mentor2").andExpect(status().isBadRequest());
        assign("mentor", "company", "mentor").andExpect(status().isNoContent());
    }

    private ResultActions assign(String what, String login, String person) throws Exception {
        return mvc.perform(put("/api/v1/placements/placements/{id}/" + what, placement).with(as(login))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"personId\":\"" + fixtures.user(person).personId() + "\"}"));
    }
}
