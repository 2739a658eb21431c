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

/** Who gets in: anonymous callers, HTTP Basic, personal Bearer tokens and their revocation. */
@IntegrationTest
@AutoConfigureMockMvc
class ApiSecurityTests {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    ObjectMapper json;

    TestIdentities identities;
    UUID university;
    String student;

    @BeforeEach
    void setUp() {
        identities = new TestIdentities(context);
        university = identities.organization(OrganizationType.UNIVERSITY, OrganizationStatus.ACTIVE).id();
        student = identities.email(university, Role.STUDENT);
    }

    @Test
    void anonymousCallerGetsALocalized401Problem() {
        MvcTestResult result = mvc.get().uri("/api/v1/me").header("Accept-Language", "ru").exchange();

        assertThat(result).hasStatus(401).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(result).bodyJson().extractingPath("$.detail").isEqualTo("Требуется вход в систему.");
        assertThat(result.getResponse().getHeader("WWW-Authenticate")).contains("Basic");
    }

    @Test
    void wrongPasswordGets401Problem() {
        assertThat(mvc.get().uri("/api/v1/me").with(httpBasic(student, "not-the-password")))
                .hasStatus(401).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void basicAuthenticationShowsTheCallerWithRolesAndMemberships() throws Exception {
        JsonNode me = body(mvc.get().uri("/api/v1/me").with(httpBasic(student, TestIdentities.PASSWORD)).exchange(), 200);

        assertThat(me.get("email").asText()).isEqualTo(student);
        assertThat(me.get("id").asText()).isEqualTo(identities.personId(student).toString());
        assertThat(me.get("roles").toString()).isEqualTo("[\"STUDENT\"]");
        JsonNode membership = me.get("memberships").get(0);
        assertThat(membership.get("organizationId").asText()).isEqualTo(university.toString());
        assertThat(membership.get("organizationName").get("ru").asText()).startsWith("Тест ");
        assertThat(membership.get("organizationType").asText()).isEqualTo("UNIVERSITY");
        assertThat(membership.get("organizationStatus").asText()).isEqualTo("ACTIVE");
        assertThat(membership.get("role").asText()).isEqualTo("STUDENT");
    }

    @Test
    void tokenCreatedThroughTheApiAuthenticatesIsMarkedUsedAndStopsWorkingWhenRevoked() throws Exception {
        MvcTestResult created = mvc.post().uri("/api/v1/me/tokens").with(httpBasic(student, TestIdentities.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"ci\", \"validDays\": 30}").exchange();
        JsonNode token = body(created, 201);
        String secret = token.get("secret").asText();
        String id = token.get("id").asText();
        assertThat(secret).startsWith("ef_");
        assertThat(created.getResponse().getHeader("Location")).isEqualTo("/api/v1/me/tokens/" + id);
        assertThat(token.get("expiresAt").isNull()).isFalse();

        JsonNode me = body(mvc.get().uri("/api/v1/me").header("Authorization", "Bearer " + secret).exchange(), 200);
        assertThat(me.get("email").asText()).isEqualTo(student);

        JsonNode stored = body(mvc.get().uri("/api/v1/me/tokens/" + id).with(httpBasic(student, TestIdentities.PASSWORD))
                .exchange(), 200);
        assertThat(stored.get("lastUsedAt").isNull()).isFalse();
        assertThat(stored.has("secret")).isFalse();
        assertThat(body(mvc.get().uri("/api/v1/me/tokens").with(httpBasic(student, TestIdentities.PASSWORD)).exchange(), 200)
                .findValuesAsText("id")).contains(id);

        assertThat(mvc.delete().uri("/api/v1/me/tokens/" + id).header("Authorization", "Bearer " + secret)).hasStatus(204);

        assertThat(mvc.get().uri("/api/v1/me").header("Authorization", "Bearer " + secret))
                .hasStatus(401).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void someoneElsesTokenCannotBeSeenOrRevoked() throws Exception {
        String other = identities.email(university, Role.STUDENT);
        String id = body(mvc.post().uri("/api/v1/me/tokens").with(httpBasic(other, TestIdentities.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"mine\"}").exchange(), 201).get("id").asText();

        assertThat(mvc.delete().uri("/api/v1/me/tokens/" + id).with(httpBasic(student, TestIdentities.PASSWORD)))
                .hasStatus(404).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.get().uri("/api/v1/me/tokens/" + id).with(httpBasic(student, TestIdentities.PASSWORD))).hasStatus(404);
    }

    @Test
    void unknownBearerTokenGets401Problem() {
        assertThat(mvc.get().uri("/api/v1/me").header("Authorization", "Bearer ef_" + UUID.randomUUID()))
                .hasStatus(401).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private JsonNode body(MvcTestResult result, int status) throws Exception {
        assertThat(result).hasStatus(status);
        return json.readTree(result.getResponse().getContentAsByteArray());
    }
}
