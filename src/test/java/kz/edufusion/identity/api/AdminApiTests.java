package kz.edufusion.identity.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;
import kz.edufusion.identity.OrganizationStatus;
import kz.edufusion.identity.OrganizationType;
import kz.edufusion.identity.Role;
import kz.edufusion.identity.domain.TestIdentities;
import kz.edufusion.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The administrator's work through the API: organizations' life cycle, people's roles, the audit trail. */
@IntegrationTest
@AutoConfigureMockMvc
class AdminApiTests {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    ObjectMapper json;

    TestIdentities identities;
    String admin;

    @BeforeEach
    void setUp() {
        identities = new TestIdentities(context);
        admin = identities.admin();
    }

    @Test
    void createdOrganizationIsActiveAndCanBeSuspendedAndReactivated() throws Exception {
        String bin = String.valueOf(100_000_000_000L + (long) (Math.random() * 800_000_000_000L));
        MvcTestResult created = mvc.post().uri("/api/v1/admin/organizations").with(httpBasic(admin, TestIdentities.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"type": "COMPANY", "name": {"ru": "ТОО Тест", "en": "Test LLP"}, "bin": "%s", "okedSection": "J",
                         "website": "https://example.kz"}""".formatted(bin)).exchange();
        JsonNode organization = body(created, 201);
        String id = organization.get("id").asText();
        assertThat(organization.get("status").asText()).isEqualTo("ACTIVE");
        assertThat(created.getResponse().getHeader("Location")).isEqualTo("/api/v1/organizations/" + id);

        assertThat(body(post("/api/v1/admin/organizations/" + id + "/suspend", "{\"reason\": \"Fake address\"}"), 200)
                .get("statusReason").asText()).isEqualTo("Fake address");
        assertThat(body(post("/api/v1/admin/organizations/" + id + "/reactivate", ""), 200).get("status").asText())
                .isEqualTo("ACTIVE");
        assertThat(post("/api/v1/admin/organizations/" + id + "/approve", "")).hasStatus(409)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);

        JsonNode audit = body(get("/api/v1/admin/audit?objectType=organization&objectId=" + id), 200);
        assertThat(audit.get("items").findValuesAsText("action"))
                .containsExactly("organization.reactivated", "organization.suspended", "organization.created");
        assertThat(audit.get("items").get(0).get("actorEmail").asText()).isEqualTo(admin);
    }

    @Test
    void pendingCompanyIsApproved() throws Exception {
        UUID pending = identities.organization(OrganizationType.COMPANY, OrganizationStatus.PENDING).id();

        assertThat(body(get("/api/v1/admin/organizations?status=PENDING&type=COMPANY&size=200"), 200)
                .get("items").findValuesAsText("id")).contains(pending.toString());
        assertThat(body(post("/api/v1/admin/organizations/" + pending + "/approve", ""), 200).get("status").asText())
                .isEqualTo("ACTIVE");
    }

    @Test
    void rolesAreGrantedAndRevokedAndAccountsUnlocked() throws Exception {
        UUID university = identities.organization(OrganizationType.UNIVERSITY, OrganizationStatus.ACTIVE).id();
        String email = identities.email(university, Role.STUDENT);
        UUID person = identities.personId(email);

        JsonNode found = body(get("/api/v1/admin/people?q=" + email + "&role=STUDENT&organization=" + university), 200);
        assertThat(found.get("totalItems").asLong()).isEqualTo(1);
        assertThat(found.get("items").get(0).has("passwordHash")).isFalse();

        JsonNode granted = body(post("/api/v1/admin/people/" + person + "/memberships",
                "{\"organizationId\": \"" + university + "\", \"role\": \"ACADEMIC_TUTOR\"}"), 200);
        assertThat(granted.get("memberships").findValuesAsText("role")).containsExactlyInAnyOrder("STUDENT", "ACADEMIC_TUTOR");

        assertThat(mvc.delete().uri("/api/v1/admin/people/" + person + "/memberships/" + university + "/STUDENT")
                .with(httpBasic(admin, TestIdentities.PASSWORD))).hasStatus(204);
        assertThat(body(get("/api/v1/admin/people/" + person), 200).get("memberships").findValuesAsText("role"))
                .containsExactly("ACADEMIC_TUTOR");

        assertThat(body(post("/api/v1/admin/people/" + person + "/unlock", ""), 200).get("locked").asBoolean()).isFalse();
        assertThat(get("/api/v1/admin/people/" + UUID.randomUUID())).hasStatus(404);
    }

    @Test
    void roleThatDoesNotFitTheOrganizationIsRefused() {
        UUID company = identities.organization(OrganizationType.COMPANY, OrganizationStatus.ACTIVE).id();
        UUID person = identities.personId(identities.email(company, Role.COMPANY_MENTOR));

        assertThat(post("/api/v1/admin/people/" + person + "/memberships",
                "{\"organizationId\": \"" + company + "\", \"role\": \"STUDENT\"}"))
                .hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private MvcTestResult post(String path, String body) {
        var request = mvc.post().uri(path).with(httpBasic(admin, TestIdentities.PASSWORD));
        return body.isEmpty() ? request.exchange() : request.contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    private MvcTestResult get(String path) {
        return mvc.get().uri(path).with(httpBasic(admin, TestIdentities.PASSWORD)).exchange();
    }

    private JsonNode body(MvcTestResult result, int status) throws Exception {
        assertThat(result).hasStatus(status);
        return json.readTree(result.getResponse().getContentAsByteArray());
    }
}
