package kz.edufusion.identity.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import kz.edufusion.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The published contract: OpenAPI 3.1 with every identity endpoint, both security schemes and problem responses. */
@IntegrationTest
@AutoConfigureMockMvc
class OpenApiDocumentTests {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    ObjectMapper json;

    @Test
    void documentIsOpenApi31AndListsTheIdentityApi() throws Exception {
        MvcTestResult result = mvc.get().uri("/v3/api-docs").exchange();
        assertThat(result).hasStatus(200);
        JsonNode document = json.readTree(result.getResponse().getContentAsByteArray());

        assertThat(document.get("openapi").asText()).isEqualTo("3.1.0");
        assertThat(document.at("/info/title").asText()).isEqualTo("EduFusion API");
        assertThat(document.get("paths").fieldNames()).toIterable().contains(
                "/api/v1/me", "/api/v1/me/tokens", "/api/v1/me/tokens/{id}", "/api/v1/organizations",
                "/api/v1/organizations/{id}", "/api/v1/organizations/{id}/invitations", "/api/v1/admin/organizations",
                "/api/v1/admin/organizations/{id}/approve", "/api/v1/admin/organizations/{id}/suspend",
                "/api/v1/admin/organizations/{id}/reactivate", "/api/v1/admin/people", "/api/v1/admin/people/{id}",
                "/api/v1/admin/people/{id}/memberships", "/api/v1/admin/people/{id}/memberships/{organizationId}/{role}",
                "/api/v1/admin/people/{id}/unlock", "/api/v1/admin/audit");
        assertThat(document.at("/components/securitySchemes/basicAuth/scheme").asText()).isEqualTo("basic");
        assertThat(document.at("/components/securitySchemes/bearerAuth/bearerFormat").asText()).isEqualTo("ef-token");
        assertThat(document.at("/security").size()).isEqualTo(2);
        assertThat(document.at("/paths/~1api~1v1~1admin~1people~1{id}/get/responses/403/content")
                .get("application/problem+json").at("/schema/$ref").asText()).isEqualTo("#/components/schemas/Problem");
        assertThat(document.at("/components/schemas/Problem/properties/errors").isMissingNode()).isFalse();
        assertThat(document.at("/paths/~1api~1v1~1me/get/parameters").isMissingNode()).isTrue();
        assertThat(document.at("/paths/~1api~1v1~1me/get/responses/200/content").fieldNames()).toIterable()
                .containsExactly("application/json");
        assertThat(document.at("/paths/~1api~1v1~1me~1tokens/post/responses").fieldNames()).toIterable()
                .contains("201").doesNotContain("200");
        assertThat(document.at("/paths/~1api~1v1~1me~1tokens~1{id}/delete/responses").fieldNames()).toIterable()
                .contains("204").doesNotContain("200");
    }

    @Test
    void swaggerUiIsServed() {
        assertThat(mvc.get().uri("/swagger-ui/index.html")).hasStatus(200);
    }
}
