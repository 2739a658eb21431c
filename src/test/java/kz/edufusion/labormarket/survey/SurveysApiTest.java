package kz.edufusion.labormarket.survey;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import kz.edufusion.identity.OrganizationStatus;
import kz.edufusion.identity.OrganizationType;
import kz.edufusion.identity.Role;
import kz.edufusion.identity.domain.TestIdentities;
import kz.edufusion.labormarket.EmployerSurveys;
import kz.edufusion.support.DemoLogins;
import kz.edufusion.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The survey API: a representative's own answer, problem details for bad input and closed quarters, and the denials. */
@IntegrationTest
@AutoConfigureMockMvc
class SurveysApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApplicationContext context;
    @Autowired
    EmployerSurveys surveys;

    UUID company;
    String representative;
    String current;

    @BeforeEach
    void company() {
        TestIdentities identities = new TestIdentities(context);
        company = identities.organization(OrganizationType.COMPANY, OrganizationStatus.ACTIVE).id();
        representative = identities.email(company, Role.COMPANY_REPRESENTATIVE);
        current = surveys.currentQuarter().toString();
    }

    @Test
    void theRepresentativeSubmitsAndReadsTheirAnswer() throws Exception {
        mvc.perform(mine(get("/api/v1/labormarket/surveys/{q}/responses/mine", current)))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.status").value(404));
        mvc.perform(mine(put("/api/v1/labormarket/surveys/{q}/responses/mine", current)).content(body("SQL", 5, "KZ-75", 3)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.skillNeeds[0].skillUri").value(SurveyPageTest.SQL))
                .andExpect(jsonPath("$.hires[0].regionCode").value("KZ-75"));
        mvc.perform(mine(get("/api/v1/labormarket/surveys/{q}/responses/mine", current)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.organizationId").value(company.toString()));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"no-such-skill-xyz, skillNeeds[0].skill", "importance, skillNeeds[0].importance",
            "region, hires[0].regionCode", "hires, hires[0].expectedHires"})
    void invalidInputIsAValidationProblemAndNothingIsSaved(String kind, String field) throws Exception {
        String body = body(kind.startsWith("no-such") ? kind : "SQL", kind.equals("importance") ? 6 : 4,
                kind.equals("region") ? "KZ-00" : "KZ-75", kind.equals("hires") ? 0 : 2);
        mvc.perform(mine(put("/api/v1/labormarket/surveys/{q}/responses/mine", current)).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://edufusion.kz/problems/validation"))
                .andExpect(jsonPath("$.errors[0].field").value(field));
        mvc.perform(mine(get("/api/v1/labormarket/surveys/{q}/responses/mine", current))).andExpect(status().isNotFound());
    }

    @Test
    void anEndedQuarterCannotBeChanged() throws Exception {
        String previous = surveys.currentQuarter().previous().toString();
        mvc.perform(mine(put("/api/v1/labormarket/surveys/{q}/responses/mine", previous)).content(body("SQL", 4, "KZ-75", 2)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value("Quarter " + previous + " has ended: its answers can no longer be changed."));
        mvc.perform(mine(put("/api/v1/labormarket/surveys/{q}/responses/mine", "2026-Q5")).content(body("SQL", 4, "KZ-75", 2)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void anotherCompanysAnswerIsForbidden() throws Exception {
        UUID other = new TestIdentities(context).organization(OrganizationType.COMPANY, OrganizationStatus.ACTIVE).id();
        for (UUID guessed : new UUID[] {other, UUID.randomUUID()}) {
            mvc.perform(get("/api/v1/labormarket/surveys/{q}/responses/mine", current).param("organization", guessed.toString())
                            .with(httpBasic(representative, TestIdentities.PASSWORD)))
                    .andExpect(status().isForbidden()).andExpect(jsonPath("$.status").value(403));
            mvc.perform(put("/api/v1/labormarket/surveys/{q}/responses/mine", current).param("organization", guessed.toString())
                            .with(httpBasic(representative, TestIdentities.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                            .content(body("SQL", 4, "KZ-75", 2)))
                    .andExpect(status().isForbidden());
        }
    }

    @ParameterizedTest(name = "{0} is refused the results")
    @ValueSource(strings = {"student", "educator", "mentor", "company"})
    void resultsAreForAnalystsCoordinatorsAndAdministrators(String login) throws Exception {
        mvc.perform(get("/api/v1/labormarket/surveys/{q}/results", current).with(httpBasic(DemoLogins.email(login), DemoLogins.PASSWORD)))
                .andExpect(status().isForbidden());
    }

    @Test
    void analystsGetSuppressedAggregates() throws Exception {
        mvc.perform(get("/api/v1/labormarket/surveys/{q}/results", current).with(httpBasic(DemoLogins.email("analyst"), DemoLogins.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.suppressed").value(true))
                .andExpect(jsonPath("$.coverage.target").value(100))
                .andExpect(jsonPath("$.picture.vacancyWeight").isNumber());
        mvc.perform(get("/api/v1/labormarket/surveys/{q}/results", current).with(httpBasic(DemoLogins.email("admin"), DemoLogins.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.suppressed").value(false));
    }

    private MockHttpServletRequestBuilder mine(MockHttpServletRequestBuilder request) {
        return request.param("organization", company.toString()).with(httpBasic(representative, TestIdentities.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en");
    }

    private static String body(String skill, int importance, String region, int hires) {
        return """
                {"comment": null, "submit": true,
                 "skillNeeds": [{"skill": "%s", "importance": %d, "horizonYears": 1}],
                 "hires": [{"occupation": "software developer", "regionCode": "%s", "expectedHires": %d, "horizonYears": 2}]}
                """.formatted(skill, importance, region, hires);
    }
}
