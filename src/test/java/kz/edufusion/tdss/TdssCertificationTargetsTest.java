package kz.edufusion.tdss;

import static kz.edufusion.support.LoggedIn.as;
import static kz.edufusion.support.LoggedIn.asEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.UUID;
import kz.edufusion.credentials.Credentials;
import kz.edufusion.support.IntegrationTest;
import kz.edufusion.support.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Progress toward the targets (200 certified, half of them internationally): national figures for analysts, only
 * their institutions for coordinators, small institutions withheld, expired certifications not counted; and the demo
 * data the certification pages start with.
 */
@IntegrationTest
@AutoConfigureMockMvc
class TdssCertificationTargetsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Credentials credentials;

    TestPeople people;
    String educator;
    String coordinator;
    String reviewer;

    @BeforeEach
    void people() {
        people = new TestPeople(jdbc, users);
        educator = people.twinEmail("educator", "Counted Educator");
        coordinator = people.twinEmail("coordinator2", "Counting Coordinator");
        reviewer = people.twinEmail("reviewer", "Counting Reviewer");
    }

    @Test
    void targetsAreNationalForAnalystsPerInstitutionForCoordinatorsAndSmallGroupsAreWithheld() throws Exception {
        for (int i = 0; i < 5; i++) {
            people.twinEmail("educator", "Satbayev Educator " + i);
        }
        UUID satbayev = organization("Satbayev University");
        UUID kaznu = organization("KazNU");
        UUID katu = organization("KATU");
        mvc.perform(get("/api/v1/tdss/certification/progress").with(as("analyst"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.targetCertified").value(200)).andExpect(jsonPath("$.targetInternationalPercent").value(50))
                .andExpect(jsonPath("$.national.certified").isNumber())
                .andExpect(jsonPath("$.institutions[?(@.organizationId == '" + satbayev + "')].figures.educators").isNotEmpty())
                .andExpect(jsonPath("$.institutions[?(@.organizationId == '" + katu + "')].figures").value(hasItem(org.hamcrest.Matchers.nullValue())));
        mvc.perform(get("/tdss/certification/progress").with(as("analyst"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-institution=\"" + katu + "\" data-withheld=\"true\"")))
                .andExpect(content().string(containsString("data-national")));
        mvc.perform(get("/api/v1/tdss/certification/progress").with(asEmail(coordinator))).andExpect(status().isOk())
                .andExpect(jsonPath("$.national").isEmpty())
                .andExpect(jsonPath("$.institutions.length()").value(1))
                .andExpect(jsonPath("$.institutions[0].organizationId").value(satbayev.toString()));
        mvc.perform(get("/tdss/certification/progress").with(asEmail(coordinator))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(kaznu.toString()))))
                .andExpect(content().string(not(containsString("data-national"))));
        // a new certification counts; once expired it no longer does
        int before = certifiedAt(satbayev);
        String application = certify(educator);
        assertThat(certifiedAt(satbayev)).isEqualTo(before + 1);
        jdbc.sql("UPDATE tdss.certification_application SET valid_until = current_date - 1 WHERE id = ?::uuid")
                .param(application).update();
        assertThat(certifiedAt(satbayev)).isEqualTo(before);
        mvc.perform(get("/tdss/certification/applications/" + application).with(asEmail(educator)))
                .andExpect(content().string(containsString("data-expired")));
        for (String login : List.of("educator", "student", "reviewer", "company")) {
            mvc.perform(get("/api/v1/tdss/certification/progress").with(as(login))).andExpect(status().isForbidden());
            mvc.perform(get("/tdss/certification/progress").with(as(login))).andExpect(status().isForbidden());
        }
    }

    @Test
    void theDemoHasBothSchemesACertifiedEducatorWithACredentialAndAPendingApplication() {
        assertThat(jdbc.sql("SELECT level FROM tdss.certification_scheme WHERE code LIKE 'TDSS-%' ORDER BY level").query(String.class)
                .list()).containsExactly("INTERNATIONAL", "NATIONAL");
        UUID credential = jdbc.sql("""
                SELECT a.credential_id FROM tdss.certification_application a JOIN identity.person p ON p.id = a.person_id
                WHERE p.email = 'educator@demo.edufusion.kz' AND a.status = 'CERTIFIED'""").query(UUID.class).single();
        assertThat(credentials.find(credential)).isPresent();
        assertThat(jdbc.sql("""
                SELECT count(*) FROM tdss.certification_application a JOIN identity.person p ON p.id = a.person_id
                WHERE p.email = 'educator2@demo.edufusion.kz' AND a.status = 'SUBMITTED'""").query(Long.class).single()).isEqualTo(1);
    }

    private int certifiedAt(UUID institution) throws Exception {
        List<Integer> certified = JsonPath.read(mvc.perform(get("/api/v1/tdss/certification/progress").with(as("analyst")))
                .andReturn().getResponse().getContentAsString(),
                "$.institutions[?(@.organizationId == '" + institution + "')].figures.certified");
        return certified.get(0);
    }


    /** The whole way to a national certification, through the API: confirmed training, portfolio, assessment, decision. */
    private String certify(String email) throws Exception {
        String application = JsonPath.read(mvc.perform(post("/api/v1/tdss/certification/applications").with(asEmail(email))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"schemeId\":\"" + TdssCertificationTest.NATIONAL + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        String record = JsonPath.read(mvc.perform(multipart("/api/v1/tdss/training/external")
                        .file(new MockMultipartFile("file", "certificate.pdf", "application/pdf", TdssPlansTest.PDF))
                        .with(asEmail(email)).param("level", "NATIONAL").param("hours", "72").param("completedOn", "2026-06-15")
                        .param("title", "Active learning").param("provider", "NCPD Orleu"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
        mvc.perform(post("/api/v1/tdss/training/" + record + "/confirm").with(asEmail(coordinator))).andExpect(status().isOk());
        mvc.perform(multipart("/api/v1/tdss/certification/applications/" + application + "/evidence")
                .file(new MockMultipartFile("file", "portfolio.pdf", "application/pdf", TdssPlansTest.PDF)).with(asEmail(email)))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/tdss/certification/applications/" + application + "/submit").with(asEmail(email)))
                .andExpect(status().isOk());
        mvc.perform(put("/api/v1/tdss/certification/applications/" + application + "/assessment").with(asEmail(reviewer))
                .contentType(MediaType.APPLICATION_JSON).content("{\"score\":70,\"observation\":\"PASSED\",\"portfolio\":\"ACCEPTED\"}"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/tdss/certification/applications/" + application + "/decision").with(asEmail(reviewer))
                .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"CERTIFIED\",\"reasons\":\"All met at the minimum\"}"))
                .andExpect(status().isOk());
        return application;
    }

    private UUID organization(String shortName) {
        return jdbc.sql("SELECT id FROM identity.organization WHERE short_name = ?").param(shortName).query(UUID.class).single();
    }
}
