package kz.edufusion.tdss;

import static kz.edufusion.support.LoggedIn.as;
import static kz.edufusion.support.LoggedIn.asEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.UUID;
import kz.edufusion.support.DemoLogins;
import kz.edufusion.support.IntegrationTest;
import kz.edufusion.support.TestPeople;
import kz.edufusion.tdss.domain.AggregateView;
import kz.edufusion.tdss.domain.ProfileView;
import kz.edufusion.tdss.domain.SelfAssessments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An educator rates themselves and sees their radar and gap to the B2 target; only their own assessment exists for
 * them; coordinators see only anonymized aggregates of their own institution, withheld under five educators;
 * students are refused.
 */
@IntegrationTest
@AutoConfigureMockMvc
class TdssSelfAssessmentTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    SelfAssessments assessments;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    TestPeople people;
    String educator;
    String otherEducator;

    @BeforeEach
    void people() {
        people = new TestPeople(jdbc, users);
        educator = people.twinEmail("educator", "Rated Educator");
        otherEducator = people.twinEmail("educator", "Other Educator");
    }

    @Test
    void educatorRatesThemselvesAndSeesTheirProfileAndGap() throws Exception {
        mvc.perform(get("/tdss/self-assessment").with(asEmail(educator))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-chart=\"tdss-radar\"")))
                .andExpect(content().string(containsString("/js/tdss-radar.js")));
        mvc.perform(post("/tdss/self-assessment").with(asEmail(educator)).with(csrf())
                        .param("framework", "DIGCOMPEDU").param("level.1.1", "B2").param("level.3.1", "A2").param("level.6.5", ""))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/tdss/self-assessment?framework=DIGCOMPEDU"));
        mvc.perform(get("/tdss/self-assessment").with(asEmail(educator))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-own=\"[4,0,0,0,0,0,0,2,")))
                .andExpect(content().string(containsString("data-target=\"[4,4,4,")))
                .andExpect(content().string(containsString("data-gap=\"3.1\"")));
        mvc.perform(get("/api/v1/tdss/self-assessments/mine").param("framework", "DIGCOMPEDU").with(asEmail(educator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.competences[0].level").value("B2"))
                .andExpect(jsonPath("$.competences[0].gap").value(0))
                .andExpect(jsonPath("$.competences[7].code").value("3.1"))
                .andExpect(jsonPath("$.competences[7].gap").value(2))
                .andExpect(jsonPath("$.competences[7].target").value("B2"));
        mvc.perform(put("/api/v1/tdss/self-assessments/mine").param("framework", "DIGCOMPEDU").with(asEmail(educator))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"ratings\":{\"1.1\":\"Z9\"}}"))
                .andExpect(status().isBadRequest());
        mvc.perform(put("/api/v1/tdss/self-assessments/mine").param("framework", "EDUFUSION").with(asEmail(educator))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"ratings\":{\"P.4\":\"C1\"}}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.competences[5].level").value("C1"))
                .andExpect(jsonPath("$.competences[5].target").value("B1"));
    }

    @Test
    void anEducatorSeesOnlyTheirOwnAssessmentAndAStudentIsRefused() throws Exception {
        ProfileView other = assessments.rate(people.user(otherEducator), "DIGCOMPEDU", Map.of("2.1", "B1"));
        mvc.perform(get("/api/v1/tdss/self-assessments/" + other.id()).with(asEmail(otherEducator))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/tdss/self-assessments/" + other.id()).with(asEmail(educator))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/tdss/self-assessments/" + UUID.randomUUID()).with(asEmail(educator))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/tdss/self-assessments/" + other.id()).with(as("student"))).andExpect(status().isForbidden());
        mvc.perform(get("/tdss/self-assessment").with(as("student"))).andExpect(status().isForbidden());
        mvc.perform(post("/tdss/self-assessment").with(as("student")).with(csrf()).param("framework", "DIGCOMPEDU")
                .param("level.1.1", "B2")).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/tdss/aggregates").param("framework", "DIGCOMPEDU")
                .param("organization", organizationOf("educator").toString()).with(as("student"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/tdss/aggregates").param("framework", "DIGCOMPEDU")
                .param("organization", organizationOf("educator").toString()).with(asEmail(educator))).andExpect(status().isForbidden());
    }

    @Test
    void coordinatorsSeeOnlyAnonymizedAggregatesOfTheirOwnInstitution() throws Exception {
        UUID satbayev = organizationOf("educator");
        for (int i = 0; i < 5; i++) {
            assessments.rate(people.twin("educator", "Aggregated " + i), "DIGCOMPEDU", Map.of("4.1", "C1"));
        }
        String satbayevCoordinator = people.twinEmail("coordinator2", "Satbayev Coordinator");
        mvc.perform(get("/api/v1/tdss/aggregates").param("framework", "DIGCOMPEDU").param("organization", satbayev.toString())
                        .with(asEmail(satbayevCoordinator)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.withheld").value(false))
                .andExpect(jsonPath("$.competences[11].code").value("4.1"))
                .andExpect(jsonPath("$.competences[11].mean").isNumber())
                .andExpect(jsonPath("$.competences[11].educators").value(org.hamcrest.Matchers.greaterThanOrEqualTo(5)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("personId"))));
        AggregateView view = assessments.aggregates(people.user(satbayevCoordinator), "DIGCOMPEDU", satbayev);
        assertThat(view.educators()).isGreaterThanOrEqualTo(5);
        // a competence rated by fewer than five educators shows no mean
        assertThat(view.competences().stream().filter(c -> c.educators() < SelfAssessments.MIN_GROUP))
                .allMatch(c -> c.mean() == null);

        // the KazNU coordinator: Satbayev does not exist for them; their own institution is below five, so withheld
        mvc.perform(get("/api/v1/tdss/aggregates").param("framework", "DIGCOMPEDU").param("organization", satbayev.toString())
                .with(as("coordinator"))).andExpect(status().isNotFound());
        mvc.perform(get("/tdss/aggregates").with(as("coordinator"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-withheld")));
        mvc.perform(get("/tdss/aggregates").with(asEmail(satbayevCoordinator))).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("data-withheld"))));
    }

    @Test
    void theDemoEducatorHasOneSelfAssessment() {
        assertThat(jdbc.sql("SELECT count(*) FROM tdss.self_assessment a JOIN identity.person p ON p.id = a.person_id "
                + "WHERE p.email = ?").param(DemoLogins.email("educator")).query(Long.class).single()).isEqualTo(1);
    }

    private UUID organizationOf(String login) {
        return jdbc.sql("SELECT m.organization_id FROM identity.membership m JOIN identity.person p ON p.id = m.person_id "
                + "WHERE p.email = ? LIMIT 1").param(DemoLogins.email(login)).query(UUID.class).single();
    }
}
