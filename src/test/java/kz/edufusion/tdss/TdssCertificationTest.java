package kz.edufusion.tdss;

import static kz.edufusion.support.LoggedIn.as;
import static kz.edufusion.support.LoggedIn.asEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import kz.edufusion.credentials.Credentials;
import kz.edufusion.credentials.IssuedCredential;
import kz.edufusion.credentials.VerificationResult;
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
import org.springframework.test.web.servlet.ResultActions;

/**
 * Certification: an educator applies for a scheme, cannot submit before the confirmed hours and programs are there,
 * attaches a portfolio and submits; only a certification body assesses and decides, CERTIFIED issuing an Open Badges
 * credential aligned to the scheme's competences and valid for the scheme's years; revoking revokes it. Educators see
 * only their own applications; certification bodies only submitted ones of the schemes they run (targets:
 * {@link TdssCertificationTargetsTest}).
 */
@IntegrationTest
@AutoConfigureMockMvc
class TdssCertificationTest {

    static final String NATIONAL = "6f1c1d2e-4b0a-4c39-9a57-0c2f1e7d0001";
    static final String INTERNATIONAL = "6f1c1d2e-4b0a-4c39-9a57-0c2f1e7d0002";

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
        educator = people.twinEmail("educator", "Certified Educator");
        // the twin copies the demo educator's language, which other tests may have switched: the mails are asserted in Russian
        jdbc.sql("UPDATE identity.person SET preferred_language = 'ru' WHERE email = ?").param(educator).update();
        coordinator = people.twinEmail("coordinator2", "Certifying Coordinator");
        reviewer = people.twinEmail("reviewer", "Certification Reviewer");
    }

    @Test
    void anEducatorIsCertifiedOnceTheTrainingIsConfirmedAndTheBodyDecidesAndARevocationRevokesTheCredential() throws Exception {
        String application = apply(educator, NATIONAL);
        mvc.perform(get("/api/v1/tdss/certification/applications/" + application).with(asEmail(educator)))
                .andExpect(jsonPath("$.status").value("DRAFT")).andExpect(jsonPath("$.progress.minHours").value(72))
                .andExpect(jsonPath("$.progress.hours").value(0));
        // applying again answers the open application, which the page offers to continue
        assertThat(apply(educator, NATIONAL)).isEqualTo(application);
        mvc.perform(get("/tdss/certification").with(asEmail(educator))).andExpect(status().isOk())
                .andExpect(content().string(containsString("/tdss/certification/applications/" + application)))
                .andExpect(content().string(containsString("data-continue")));
        mvc.perform(post("/api/v1/tdss/certification/applications/" + application + "/submit").with(asEmail(educator)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(containsString("Minimum training hours")));
        // the form goes back to the page with the refusal
        mvc.perform(post("/tdss/certification/applications/" + application + "/submit").with(asEmail(educator)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/tdss/certification/applications/" + application))
                .andExpect(flash().attributeExists("pageProblem"));

        confirmedTraining(educator, "80", "NATIONAL", null);
        mvc.perform(get("/api/v1/tdss/certification/schemes/" + NATIONAL + "/progress").with(asEmail(educator)))
                .andExpect(jsonPath("$.hours").value(80.0));
        mvc.perform(post("/api/v1/tdss/certification/applications/" + application + "/submit").with(asEmail(educator)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("file"));
        evidence(educator, application, "GIF89a".getBytes()).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("file"));
        evidence(educator, application, TdssPlansTest.PDF).andExpect(status().isOk())
                .andExpect(jsonPath("$.evidence[0].contentType").value("application/pdf"));
        mvc.perform(post("/api/v1/tdss/certification/applications/" + application + "/submit").with(asEmail(educator)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("SUBMITTED"));
        evidence(educator, application, TdssPlansTest.PDF).andExpect(status().isConflict());

        mvc.perform(get("/api/v1/tdss/certification/queue").with(asEmail(reviewer))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem(application)));
        mvc.perform(get("/tdss/certification/queue").with(asEmail(reviewer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-application=\"" + application + "\"")));
        decide(reviewer, application, "CERTIFIED", "Everything in order").andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(containsString("Assessment score")));
        assess(reviewer, application, "{\"score\":150,\"observation\":\"PASSED\",\"portfolio\":\"ACCEPTED\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("score"));
        assess(reviewer, application, "{\"score\":90,\"observation\":\"MAYBE\",\"portfolio\":\"ACCEPTED\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("observation"));
        assess(reviewer, application, "{\"score\":60,\"observation\":\"PASSED\",\"portfolio\":\"ACCEPTED\"}").andExpect(status().isOk());
        decide(reviewer, application, "CERTIFIED", "Good").andExpect(status().isConflict());
        mvc.perform(post("/tdss/certification/applications/" + application + "/assessment").with(asEmail(reviewer)).with(csrf())
                        .param("score", "88").param("observation", "PASSED").param("observationNote", "A lively lesson")
                        .param("portfolio", "ACCEPTED").param("portfolioNote", "Complete"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "tdss.certification.assessed"));
        decide(reviewer, application, "CERTIFIED", " ").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("reasons"));
        decide(reviewer, application, "MAYBE", "Why not").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("outcome"));
        String decided = decide(reviewer, application, "CERTIFIED", "80 hours, score 88, lesson and portfolio accepted")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CERTIFIED"))
                .andReturn().getResponse().getContentAsString();
        UUID credentialId = UUID.fromString(JsonPath.read(decided, "$.credentialId"));
        decide(reviewer, application, "NOT_CERTIFIED", "Changed my mind").andExpect(status().isConflict());

        IssuedCredential credential = credentials.find(credentialId).orElseThrow();
        assertThat(credential.holderPersonId()).isEqualTo(people.user(educator).personId());
        assertThat(credential.achievementType()).isEqualTo("Certification");
        assertThat(credential.name()).isEqualTo("National certificate in modern pedagogy");
        assertThat(credential.criteriaNarrative()).contains("at least 72 hours").contains("at least 70 of 100");
        assertThat(credential.alignments()).extracting(a -> a.targetCode()).containsExactlyInAnyOrder("2.2", "3.1", "3.3", "5.3");
        assertThat(credential.validUntil().atZone(ZoneId.of("Asia/Almaty")).toLocalDate())
                .isEqualTo(LocalDate.now(ZoneId.of("Asia/Almaty")).plusYears(3));
        assertThat(credentials.verify(credential.jwt()).valid()).isTrue();
        mvc.perform(get("/credentials/wallet").with(asEmail(educator))).andExpect(status().isOk())
                .andExpect(content().string(containsString(credentialId.toString())));
        byte[] pdf = mvc.perform(get("/tdss/certification/applications/" + application + "/certificate.pdf").with(asEmail(educator)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");

        mvc.perform(post("/api/v1/tdss/certification/applications/" + application + "/revoke").with(asEmail(reviewer))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("reason"));
        mvc.perform(post("/tdss/certification/applications/" + application + "/revoke").with(asEmail(reviewer)).with(csrf())
                        .param("reason", "The portfolio was not the educator's own work"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/v1/tdss/certification/applications/" + application).with(asEmail(educator)))
                .andExpect(jsonPath("$.status").value("REVOKED"))
                .andExpect(jsonPath("$.revokedReason").value("The portfolio was not the educator's own work"))
                .andExpect(jsonPath("$.history[*].action").value(org.hamcrest.Matchers.contains("APPLIED", "EVIDENCE_ADDED",
                        "SUBMITTED", "ASSESSED", "ASSESSED", "CERTIFIED", "REVOKED")));
        VerificationResult verdict = credentials.verify(credential.jwt());
        assertThat(verdict.valid()).isFalse();
        assertThat(verdict.failure().orElseThrow().reason()).isEqualTo(VerificationResult.Reason.REVOKED);
        mvc.perform(post("/api/v1/tdss/certification/applications/" + application + "/revoke").with(asEmail(reviewer))
                .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"again\"}")).andExpect(status().isConflict());
        assertThat(jdbc.sql("SELECT subject FROM notifications.outbox_message WHERE recipient = ? ORDER BY created_at")
                .param(educator).query(String.class).list())
                // in the educator's own language
                .containsExactly("Вы сертифицированы: Национальный сертификат по современной педагогике",
                        "Ваша сертификация «Национальный сертификат по современной педагогике» отозвана");
        assertThat(jdbc.sql("SELECT action FROM identity.audit_event WHERE object_id = ? ORDER BY id").param(application)
                .query(String.class).list()).contains("tdss.certification.submitted", "tdss.certification.certified",
                "tdss.certification.revoked");
    }

    @Test
    void onlyTheEducatorSeesTheirApplicationAndOnlyCertificationBodiesDecide() throws Exception {
        String application = apply(educator, NATIONAL);
        confirmedTraining(educator, "75", "NATIONAL", null);
        evidence(educator, application, TdssPlansTest.PDF).andExpect(status().isOk());
        // a draft is the educator's own: the body does not see it before it is submitted
        mvc.perform(get("/api/v1/tdss/certification/applications/" + application).with(asEmail(reviewer)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/tdss/certification/applications/" + application + "/submit").with(asEmail(educator)))
                .andExpect(status().isOk());

        String colleague = people.twinEmail("educator", "Curious Colleague");
        for (String other : List.of(colleague, coordinator)) {
            mvc.perform(get("/api/v1/tdss/certification/applications/" + application).with(asEmail(other)))
                    .andExpect(status().isNotFound()).andExpect(jsonPath("$.type").value(containsString("not-found")));
            mvc.perform(get("/tdss/certification/applications/" + application).with(asEmail(other))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/api/v1/tdss/certification/applications/mine").with(asEmail(colleague)))
                .andExpect(content().string(not(containsString(application))));
        String evidence = JsonPath.read(mvc.perform(get("/api/v1/tdss/certification/applications/" + application)
                .with(asEmail(educator))).andReturn().getResponse().getContentAsString(), "$.evidence[0].id");
        mvc.perform(get("/tdss/certification/applications/" + application + "/evidence/" + evidence).with(asEmail(colleague)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/tdss/certification/applications/" + application + "/evidence/" + evidence).with(asEmail(reviewer)))
                .andExpect(status().isOk()).andExpect(content().bytes(TdssPlansTest.PDF));

        // the applicant, a colleague, a coordinator and an analyst may not assess, decide or revoke
        for (String other : List.of(educator, colleague, coordinator, "analyst@demo.edufusion.kz")) {
            assess(other, application, "{\"score\":99,\"observation\":\"PASSED\",\"portfolio\":\"ACCEPTED\"}")
                    .andExpect(status().isForbidden()).andExpect(jsonPath("$.type").value(containsString("forbidden")));
            decide(other, application, "CERTIFIED", "Self-certified").andExpect(status().isForbidden());
            mvc.perform(post("/api/v1/tdss/certification/applications/" + application + "/revoke").with(asEmail(other))
                    .contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"x\"}")).andExpect(status().isForbidden());
            mvc.perform(get("/api/v1/tdss/certification/queue").with(asEmail(other))).andExpect(status().isForbidden());
        }
        mvc.perform(post("/tdss/certification/applications/" + application + "/decision").with(asEmail(educator)).with(csrf())
                .param("outcome", "CERTIFIED").param("reasons", "Self")).andExpect(status().isForbidden());
        mvc.perform(get("/tdss/certification/queue").with(asEmail(educator))).andExpect(status().isForbidden());
        mvc.perform(get("/tdss/certification").with(as("student"))).andExpect(status().isForbidden());
        mvc.perform(get("/tdss/certification").with(asEmail(reviewer))).andExpect(status().isForbidden());
        mvc.perform(get("/tdss/certification/applications/" + application).with(asEmail(reviewer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-form=\"decision\"")));
        mvc.perform(get("/tdss/certification/applications/" + application).with(asEmail(educator))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("data-form=\"decision\""))));
        mvc.perform(get("/api/v1/tdss/certification/applications/" + UUID.randomUUID()).with(asEmail(reviewer)))
                .andExpect(status().isNotFound());

        // not certified, with reasons; the educator may apply again
        decide(reviewer, application, "NOT_CERTIFIED", "The observed lesson did not take place").andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("NOT_CERTIFIED")).andExpect(jsonPath("$.credentialId").isEmpty());
        mvc.perform(get("/tdss/certification").with(asEmail(educator))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Your last application: Not certified")));
        assertThat(apply(educator, NATIONAL)).isNotEqualTo(application);
    }

    @Test
    void internationalHoursAndRequiredProgramsGateSubmittingAndBodiesManageSchemes() throws Exception {
        String program = TdssPlansTest.program(mvc, coordinator, "required", "\"3.1\"");
        String programCode = JsonPath.read(mvc.perform(get("/api/v1/tdss/programs").with(asEmail(coordinator)))
                .andReturn().getResponse().getContentAsString(), "$[?(@.id == '" + program + "')].code").toString()
                .replaceAll("[\\[\\]\"]", "");
        String code = "T-SCHEME-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String body = "{\"code\":\"" + code + "\",\"titleKk\":\"k\",\"titleRu\":\"r\",\"titleEn\":\"STEAM lead\",\"descriptionKk\":\"k\","
                + "\"descriptionRu\":\"r\",\"descriptionEn\":\"e\",\"level\":\"INTERNATIONAL\",\"validityYears\":2,\"minHours\":30,"
                + "\"minInternationalHours\":30,\"requiredPrograms\":[\"" + programCode + "\"],\"frameworkCode\":\"DIGCOMPEDU\","
                + "\"competences\":[\"3.1\"]}";
        mvc.perform(post("/api/v1/tdss/certification/schemes").with(asEmail(educator)).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isForbidden());
        schemeRefused(body.replace("\"validityYears\":2", "\"validityYears\":0"), "validityYears");
        schemeRefused(body.replace("INTERNATIONAL", "NATIONAL"), "minInternationalHours");
        schemeRefused(body.replace(programCode, "NO-SUCH-PROGRAM"), "requiredPrograms");
        schemeRefused(body.replace("\"3.1\"]", "\"9.9\"]"), "competences");
        schemeRefused(body.replace("\"titleEn\":\"STEAM lead\"", "\"titleEn\":\" \""), "titleEn");
        String scheme = JsonPath.read(mvc.perform(post("/api/v1/tdss/certification/schemes").with(asEmail(reviewer))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.bodyId").isNotEmpty())
                .andReturn().getResponse().getContentAsString(), "$.id");
        schemeRefused(body, "code");

        String application = apply(educator, scheme);
        evidence(educator, application, TdssTrainingTest.PNG).andExpect(status().isOk());
        confirmedTraining(educator, "40", "NATIONAL", null);
        mvc.perform(post("/api/v1/tdss/certification/applications/" + application + "/submit").with(asEmail(educator)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.detail").value(containsString("Minimum international hours")))
                .andExpect(jsonPath("$.detail").value(containsString("Required programs")));
        confirmedTraining(educator, "36", "INTERNATIONAL", program);
        mvc.perform(get("/api/v1/tdss/certification/applications/" + application).with(asEmail(educator)))
                .andExpect(jsonPath("$.progress.programsDone[0]").value(programCode))
                .andExpect(jsonPath("$.progress.internationalHours").value(36.0));
        mvc.perform(post("/api/v1/tdss/certification/applications/" + application + "/submit").with(asEmail(educator)))
                .andExpect(status().isOk());

        // another agency's reviewer does not run this scheme: its applications do not exist for them
        String otherAgency = otherAgencyReviewer();
        mvc.perform(get("/api/v1/tdss/certification/applications/" + application).with(asEmail(otherAgency)))
                .andExpect(status().isNotFound());
        decide(otherAgency, application, "NOT_CERTIFIED", "Not ours").andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/tdss/certification/queue").with(asEmail(otherAgency)))
                .andExpect(content().string(not(containsString(application))));

        mvc.perform(put("/api/v1/tdss/certification/schemes/" + scheme + "/active").with(asEmail(reviewer))
                .contentType(MediaType.APPLICATION_JSON).content("{\"active\":false}")).andExpect(jsonPath("$.active").value(false));
        mvc.perform(post("/api/v1/tdss/certification/applications").with(asEmail(people.twinEmail("educator", "Late")))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"schemeId\":\"" + scheme + "\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("schemeId"));
        mvc.perform(get("/tdss/certification/schemes").with(asEmail(reviewer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-scheme=\"" + code + "\"")));
        mvc.perform(get("/tdss/certification/schemes").with(asEmail(educator))).andExpect(status().isForbidden());
        mvc.perform(post("/tdss/certification/schemes").with(asEmail(educator)).with(csrf()).param("code", "T-PAGE-X"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/tdss/certification/schemes").with(asEmail(reviewer)).with(csrf()).param("code", code + "-P")
                        .param("level", "NATIONAL").param("validityYears", "11").param("titleKk", "k").param("titleRu", "r")
                        .param("titleEn", "e").param("descriptionKk", "k").param("descriptionRu", "r").param("descriptionEn", "e"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/tdss/certification/schemes"))
                .andExpect(result -> assertThat(((kz.edufusion.tdss.web.PageProblem) result.getFlashMap().get("pageProblem")).field())
                        .isEqualTo("validityYears"));
        mvc.perform(post("/tdss/certification/schemes").with(asEmail(reviewer)).with(csrf()).param("code", code + "-P")
                        .param("level", "NATIONAL").param("validityYears", "2").param("titleKk", "k").param("titleRu", "r")
                        .param("titleEn", "Page scheme").param("descriptionKk", "k").param("descriptionRu", "r")
                        .param("descriptionEn", "e").param("minHours", "10").param("portfolioRequired", "true")
                        .param("frameworkCode", "DIGCOMPEDU").param("competences", "1.1, 2.2"))
                .andExpect(status().is3xxRedirection()).andExpect(flash().attribute("flash", "tdss.certification.schemeAdded"));
        mvc.perform(get("/api/v1/tdss/certification/schemes").with(asEmail(educator)))
                .andExpect(jsonPath("$[?(@.code == '" + code + "-P')].competences[1]").value(hasItem("2.2")))
                .andExpect(jsonPath("$[?(@.code == '" + code + "')]").isEmpty());
    }

    private String apply(String email, String scheme) throws Exception {
        return JsonPath.read(mvc.perform(post("/api/v1/tdss/certification/applications").with(asEmail(email))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"schemeId\":\"" + scheme + "\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.id");
    }

    private ResultActions evidence(String email, String application, byte[] bytes) throws Exception {
        return mvc.perform(multipart("/api/v1/tdss/certification/applications/" + application + "/evidence")
                .file(new MockMultipartFile("file", "portfolio.pdf", "application/pdf", bytes)).with(asEmail(email)));
    }

    private ResultActions assess(String email, String application, String body) throws Exception {
        return mvc.perform(put("/api/v1/tdss/certification/applications/" + application + "/assessment").with(asEmail(email))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private ResultActions decide(String email, String application, String outcome, String reasons) throws Exception {
        return mvc.perform(post("/api/v1/tdss/certification/applications/" + application + "/decision").with(asEmail(email))
                .contentType(MediaType.APPLICATION_JSON).content("{\"outcome\":\"" + outcome + "\",\"reasons\":\"" + reasons + "\"}"));
    }

    private void schemeRefused(String body, String field) throws Exception {
        mvc.perform(post("/api/v1/tdss/certification/schemes").with(asEmail(reviewer)).contentType(MediaType.APPLICATION_JSON)
                .content(body)).andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value(field));
    }

    /** An external training recorded by the educator and confirmed by their coordinator: it counts in the ledger. */
    private void confirmedTraining(String email, String hours, String level, String programId) throws Exception {
        var request = multipart("/api/v1/tdss/training/external")
                .file(new MockMultipartFile("file", "certificate.pdf", "application/pdf", TdssPlansTest.PDF))
                .with(asEmail(email)).param("level", level).param("hours", hours).param("completedOn", "2026-06-15");
        if (programId == null) {
            request.param("title", "Active learning " + UUID.randomUUID()).param("provider", "NCPD Orleu");
        } else {
            request.param("programId", programId);
        }
        String record = JsonPath.read(mvc.perform(request).andExpect(status().isCreated()).andReturn().getResponse()
                .getContentAsString(), "$.id");
        mvc.perform(post("/api/v1/tdss/training/" + record + "/confirm").with(asEmail(coordinator))).andExpect(status().isOk());
    }

    /** A reviewer of a quality-assurance agency of their own, not the one whose reviewer made the scheme. */
    private String otherAgencyReviewer() {
        UUID agency = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO identity.organization (id, type, status, name_kk, name_ru, name_en, short_name, created_at)
                VALUES (?, 'QA_AGENCY', 'ACTIVE', 'Агенттік', 'Агентство', 'Other agency', ?, now())""")
                .params(agency, "QA-" + agency.toString().substring(0, 8)).update();
        String email = people.twinEmail("student", "Other Agency Reviewer");
        jdbc.sql("DELETE FROM identity.membership WHERE person_id = (SELECT id FROM identity.person WHERE email = ?)").param(email).update();
        jdbc.sql("""
                INSERT INTO identity.membership (person_id, organization_id, role, since)
                SELECT id, ?, 'QA_REVIEWER', now() FROM identity.person WHERE email = ?""").params(agency, email).update();
        return email;
    }
}
