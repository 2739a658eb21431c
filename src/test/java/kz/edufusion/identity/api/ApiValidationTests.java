package kz.edufusion.identity.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.UUID;
import kz.edufusion.identity.OrganizationStatus;
import kz.edufusion.identity.OrganizationType;
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

/** Bad input of every kind answers 400 problem details with a localized detail and an errors list. */
@IntegrationTest
@AutoConfigureMockMvc
class ApiValidationTests {

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
    void malformedJson() throws Exception {
        JsonNode problem = problem(post("/api/v1/admin/organizations", "{\"type\": \"COMPANY\", ", "en"));

        assertThat(problem.get("detail").asText()).startsWith("The request body is not valid JSON (line 1");
        assertThat(problem.get("errors").isArray()).isTrue();
    }

    @Test
    void missingBody() throws Exception {
        JsonNode problem = problem(post("/api/v1/admin/organizations", "", "en"));

        assertThat(problem.get("detail").asText()).isEqualTo("The request body is missing.");
    }

    @Test
    void unknownEnumConstantInTheBody() throws Exception {
        JsonNode problem = problem(post("/api/v1/admin/organizations", "{\"type\": \"CASTLE\", \"name\": {\"en\": \"X\"}}", "en"));

        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("type");
        assertThat(problem.get("errors").get(0).get("message").asText()).contains("UNIVERSITY", "COMPANY");
        assertThat(problem.get("detail").asText()).startsWith("Invalid value for \"type\"");
    }

    @Test
    void badBinOkedWebsiteAndNoNameInAnyLanguage() throws Exception {
        JsonNode problem = problem(post("/api/v1/admin/organizations", """
                {"type": "COMPANY", "name": {"kk": " "}, "bin": "12345", "okedSection": "Z", "website": "ftp://x.kz"}""", "ru"));

        assertThat(problem.get("detail").asText()).isEqualTo("В запросе есть неверные поля.");
        assertThat(problem.get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("name", "bin", "okedSection", "website");
        assertThat(problem.toString()).contains("БИН ровно из 12 цифр");
    }

    @Test
    void suspensionNeedsAReason() throws Exception {
        UUID organization = identities.organization(OrganizationType.COMPANY, OrganizationStatus.ACTIVE).id();

        JsonNode problem = problem(post("/api/v1/admin/organizations/" + organization + "/suspend", "{}", "kk"));

        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("reason");
        assertThat(problem.get("errors").get(0).get("message").asText()).isEqualTo("міндетті түрде толтырылады");
        JsonNode tooLong = problem(post("/api/v1/admin/organizations/" + organization + "/suspend",
                "{\"reason\": \"" + "x".repeat(501) + "\"}", "en"));
        assertThat(tooLong.get("errors").get(0).get("message").asText()).isEqualTo("must be at most 500 characters long");
    }

    @Test
    void malformedUuidInThePath() throws Exception {
        JsonNode problem = problem(mvc.get().uri("/api/v1/organizations/not-a-uuid").with(httpBasic(admin, TestIdentities.PASSWORD))
                .header("Accept-Language", "en").exchange());

        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("id");
        assertThat(problem.get("detail").asText()).contains("must be a UUID");
    }

    @Test
    void unknownEnumConstantInTheQuery() throws Exception {
        JsonNode problem = problem(get("/api/v1/admin/people?role=KING"));

        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("role");
        assertThat(problem.get("errors").get(0).get("message").asText()).contains("STUDENT");
    }

    @Test
    void pageOutOfRangeIsRefusedButAHugeSizeIsClamped() throws Exception {
        assertThat(problem(get("/api/v1/admin/organizations?page=-1")).get("errors").get(0).get("field").asText()).isEqualTo("page");
        assertThat(problem(get("/api/v1/admin/organizations?page=99999999999")).get("errors").get(0).get("field").asText())
                .isEqualTo("page");
        assertThat(problem(get("/api/v1/admin/audit?size=0")).get("errors").get(0).get("field").asText()).isEqualTo("size");

        MvcTestResult clamped = get("/api/v1/admin/organizations?page=0&size=100000");
        assertThat(clamped).hasStatus(200);
        JsonNode page = json.readTree(clamped.getResponse().getContentAsByteArray());
        assertThat(page.get("size").asInt()).isEqualTo(200);
        assertThat(page.get("page").asInt()).isZero();
        assertThat(page.get("items").isArray()).isTrue();
        assertThat(page.get("items").size()).isBetween(1, 200);
        assertThat(page.get("totalItems").asLong()).isPositive();
        assertThat(page.get("totalPages").asInt()).isEqualTo((int) ((page.get("totalItems").asLong() + 199) / 200));
    }

    @Test
    void tokenRequestIsValidated() throws Exception {
        JsonNode problem = problem(post("/api/v1/me/tokens", "{\"name\": \"\", \"validDays\": \"soon\"}", "en"));

        assertThat(problem.get("errors").get(0).get("field").asText()).isEqualTo("validDays");
        assertThat(problem.get("errors").get(0).get("message").asText()).isEqualTo("must be a whole number");
        assertThat(problem(post("/api/v1/me/tokens", "{\"name\": \"\"}", "en")).get("errors").get(0).get("field").asText())
                .isEqualTo("name");
    }

    @Test
    void unknownPathAndWrongMethodAnswerProblemsToo() {
        assertThat(get("/api/v1/no-such-thing")).hasStatus(404).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.detail").isEqualTo("There is no such resource.");
        assertThat(mvc.delete().uri("/api/v1/me").with(httpBasic(admin, TestIdentities.PASSWORD)).header("Accept-Language", "en"))
                .hasStatus(405).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.detail").isEqualTo("The method DELETE is not supported here.");
    }

    private MvcTestResult post(String path, String body, String language) {
        return mvc.post().uri(path).with(httpBasic(admin, TestIdentities.PASSWORD)).header("Accept-Language", language)
                .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    private MvcTestResult get(String path) {
        return mvc.get().uri(path).with(httpBasic(admin, TestIdentities.PASSWORD)).header("Accept-Language", "en").exchange();
    }

    private JsonNode problem(MvcTestResult result) throws Exception {
        assertThat(result).hasStatus(400).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = json.readTree(result.getResponse().getContentAsByteArray());
        assertThat(problem.get("type").asText()).isEqualTo("https://edufusion.kz/problems/validation");
        assertThat(problem.get("errors").isArray()).isTrue();
        return problem;
    }
}
