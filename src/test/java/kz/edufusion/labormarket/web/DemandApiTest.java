package kz.edufusion.labormarket.web;

import static kz.edufusion.labormarket.VacancyFixture.JAVA;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import kz.edufusion.labormarket.DemandAggregates;
import kz.edufusion.labormarket.VacancyFixture;
import kz.edufusion.support.DemoLogins;
import kz.edufusion.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemandApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DemandAggregates aggregates;

    VacancyFixture fixture;
    long vacancy;

    @BeforeAll
    void vacancies() {
        fixture = new VacancyFixture(jdbc);
        vacancy = fixture.vacancy(7).title("Java Developer").region("KZ-75").salary(800_000).employer("Apico").skills(JAVA).insert();
        aggregates.refresh(DemandAggregates.Trigger.ADMIN);
    }

    @Test
    void topRisingFallingProfileAndTotals() throws Exception {
        String month = fixture.month(7).toString();
        mvc.perform(get("/api/v1/labormarket/demand/skills").param("from", month).param("to", month).with(analyst()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].skillUri").value(JAVA))
                .andExpect(jsonPath("$.items[0].vacancies").value(1))
                .andExpect(jsonPath("$.items[0].share").value(1.0))
                .andExpect(jsonPath("$.items[0].medianSalaryKzt").value(800000.0))
                .andExpect(jsonPath("$.items[0].label.ru").value("Java (язык программирования)"));
        mvc.perform(get("/api/v1/labormarket/demand/rising").param("from", month).param("to", month).with(analyst()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
        mvc.perform(get("/api/v1/labormarket/demand/falling").param("from", month).param("to", month).with(analyst()))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/labormarket/demand/skills/19a8293b-8e95-4de3-983f-77484079c389/profile")
                        .param("from", month).param("to", month).with(analyst()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.demand.vacancies").value(1))
                .andExpect(jsonPath("$.months[0].month").value(month))
                .andExpect(jsonPath("$.regions[0].regionCode").value("KZ-75"))
                .andExpect(jsonPath("$.employers[0].employerName").value("Apico"));
        mvc.perform(get("/api/v1/labormarket/demand/totals").param("from", month).param("to", month).with(analyst()))
                .andExpect(status().isOk()).andExpect(jsonPath("$.vacancies").value(1));
    }

    @Test
    void badFiltersAreValidationProblemsNamingTheParameter() throws Exception {
        mvc.perform(get("/api/v1/labormarket/demand/skills").param("region", "KZ-99").header("Accept-Language", "ru")
                        .with(analyst()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://edufusion.kz/problems/validation"))
                .andExpect(jsonPath("$.errors[0].field").value("region"))
                .andExpect(jsonPath("$.errors[0].message").value("Региона с кодом «KZ-99» нет."));
        mvc.perform(get("/api/v1/labormarket/demand/rising").param("section", "J1").with(analyst()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("section"));
        mvc.perform(get("/api/v1/labormarket/demand/skills").param("from", "2025-13").with(analyst()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("from"));
        mvc.perform(get("/api/v1/labormarket/vacancies").param("minSalary", "-5").with(analyst()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("minSalary"));
        mvc.perform(get("/api/v1/labormarket/demand/skills/nope-nope/profile").with(analyst()))
                .andExpect(status().isNotFound());
    }

    @Test
    void vacanciesSearchAndDetails() throws Exception {
        mvc.perform(get("/api/v1/labormarket/vacancies").param("q", "developers").param("employer", "Apico").with(analyst()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id").value(vacancy))
                .andExpect(jsonPath("$.items[0].regionCode").value("KZ-75"));
        mvc.perform(get("/api/v1/labormarket/vacancies/" + vacancy).with(analyst()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.skills[0].skillUri").value(JAVA));
        mvc.perform(get("/api/v1/labormarket/vacancies/999999999999").with(analyst()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://edufusion.kz/problems/not-found"));
    }

    @Test
    void anonymousCallsAreUnauthorized() throws Exception {
        mvc.perform(get("/api/v1/labormarket/demand/skills")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/labormarket/vacancies")).andExpect(status().isUnauthorized());
    }

    private RequestPostProcessor analyst() {
        return httpBasic(DemoLogins.email("analyst"), DemoLogins.PASSWORD);
    }
}
