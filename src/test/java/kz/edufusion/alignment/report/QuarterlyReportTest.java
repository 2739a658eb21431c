package kz.edufusion.alignment.report;

import static kz.edufusion.labormarket.VacancyFixture.JAVA;
import static kz.edufusion.labormarket.VacancyFixture.PYTHON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import kz.edufusion.alignment.national.NationalFixture;
import kz.edufusion.labormarket.DemandAggregates;
import kz.edufusion.labormarket.SurveyQuarter;
import kz.edufusion.support.IntegrationTest;
import kz.edufusion.support.LoggedIn;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The quarterly analysis: a draft is generated from the quarter's data and published with its PDFs; after that
 * neither new data, nor the service, nor SQL changes it; the job publishes once however often it runs; bad and
 * unknown quarters are refused clearly; reading and writing are for the right roles only. Quarters of the 1980s,
 * which no other test uses; the published rows are purged afterwards.
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class QuarterlyReportTest {

    static final String QUARTER = "1986-Q1";

    @Autowired MockMvc mvc;
    @Autowired JdbcTemplate jdbc;
    @Autowired DemandAggregates aggregates;
    @Autowired QuarterlyReports reports;
    @Autowired TransactionTemplate transactions;

    NationalFixture fixture;

    @BeforeAll
    void data() {
        fixture = new NationalFixture(jdbc);
        UUID program = fixture.program("6B06963", "KZ-75", "EXISTING", 50, 45, List.of("2512"), List.of("J"));
        fixture.score(program, "6B06963", "KZ-75", 61.0);
        fixture.vacancies(YearMonth.of(1986, 1), "KZ-75", "2512", "J", 6, JAVA, PYTHON);
        fixture.vacancies(YearMonth.of(1986, 2), "KZ-71", "2512", "K", 3, JAVA);
        fixture.vacancies(YearMonth.of(1985, 11), "KZ-75", "2512", "J", 2, PYTHON);
        aggregates.refresh(DemandAggregates.Trigger.ADMIN);
    }

    @AfterAll
    void remove() {
        transactions.executeWithoutResult(tx -> {
            jdbc.execute("SET LOCAL edufusion.report_purge = 'on'");
            jdbc.update("DELETE FROM alignment.quarterly_report WHERE quarter LIKE '198%'");
        });
        fixture.remove();
        aggregates.refresh(DemandAggregates.Trigger.ADMIN);
    }

    @Test
    void aPublishedReportNeverChanges() throws Exception {
        mvc.perform(post("/api/v1/alignment/reports/" + QUARTER).with(LoggedIn.as("analyst")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("DRAFT"));
        mvc.perform(get("/api/v1/alignment/reports/" + QUARTER).with(LoggedIn.as("reviewer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.snapshot.demand.vacancies").value(9))
                .andExpect(jsonPath("$.snapshot.demand.previousVacancies").value(2))
                .andExpect(jsonPath("$.snapshot.demand.regions[0].code").value("KZ-75"))
                .andExpect(jsonPath("$.snapshot.demand.regions[0].name.ru").isNotEmpty())
                .andExpect(jsonPath("$.snapshot.demand.sections[?(@.code == 'K')].vacancies").value(3))
                .andExpect(jsonPath("$.snapshot.demand.topSkills[0].uri").value(JAVA))
                .andExpect(jsonPath("$.snapshot.demand.topSkills[0].label.kk").isNotEmpty());
        mvc.perform(get("/alignment/reports/" + QUARTER + ".pdf?language=ru").with(LoggedIn.as("analyst")))
                .andExpect(status().isConflict());
        mvc.perform(post("/alignment/reports/" + QUARTER + "/publish").with(csrf()).with(LoggedIn.as("analyst")))
                .andExpect(status().is3xxRedirection());

        String html = page(QUARTER, "ru");
        assertThat(html).contains("Ведущие навыки", "Вакансии по регионам");
        byte[] pdf = mvc.perform(get("/alignment/reports/" + QUARTER + ".pdf?language=ru").with(LoggedIn.as("coordinator")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(text(pdf)).contains("Анализ рынка труда за 1986-Q1", "Ведущие навыки");
        assertThat(text(mvc.perform(get("/alignment/reports/" + QUARTER + ".pdf?language=kk").with(LoggedIn.as("analyst")))
                .andReturn().getResponse().getContentAsByteArray())).contains("Еңбек нарығының талдауы, 1986-Q1");

        // the data moves on: more vacancies, a new score
        fixture.vacancies(YearMonth.of(1986, 3), "KZ-75", "2512", "J", 5, JAVA);
        aggregates.refresh(DemandAggregates.Trigger.ADMIN);
        UUID late = fixture.program("6B06964", "KZ-75", "EXISTING", 10, 10, List.of("2512"), List.of());
        fixture.score(late, "6B06964", "KZ-75", 5.0);

        assertThat(page(QUARTER, "ru")).isEqualTo(html);
        assertThat(mvc.perform(get("/alignment/reports/" + QUARTER + ".pdf?language=ru").with(LoggedIn.as("analyst")))
                .andReturn().getResponse().getContentAsByteArray()).isEqualTo(pdf);
        mvc.perform(post("/api/v1/alignment/reports/" + QUARTER).with(LoggedIn.as("analyst")))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/v1/alignment/reports/" + QUARTER + "/publish").with(LoggedIn.as("admin")))
                .andExpect(status().isConflict());
        assertThatThrownBy(() -> jdbc.update("UPDATE alignment.quarterly_report SET snapshot = '{}' WHERE quarter = ?", QUARTER))
                .hasMessageContaining("published");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM alignment.quarterly_report WHERE quarter = ?", QUARTER))
                .hasMessageContaining("published");
    }

    @Test
    void theJobPublishesThePreviousQuarterOnceAndComparesWithTheLastPublishedReport() {
        Clock april = Clock.fixed(Instant.parse("1986-07-02T01:00:00Z"), ZoneOffset.UTC);
        QuarterlyReportJob job = new QuarterlyReportJob(reports, april);
        job.publishPreviousQuarter();
        job.publishPreviousQuarter();
        assertThat(jdbc.queryForList("SELECT status FROM alignment.quarterly_report WHERE quarter = '1986-Q2'", String.class))
                .containsExactly("PUBLISHED");
        assertThat(reports.publishScheduled(SurveyQuarter.parse("1986-Q2"))).isFalse();
        String generated = jdbc.queryForObject("SELECT generated_at::text FROM alignment.quarterly_report WHERE quarter = '1986-Q2'", String.class);
        job.publishPreviousQuarter();
        assertThat(jdbc.queryForObject("SELECT generated_at::text FROM alignment.quarterly_report WHERE quarter = '1986-Q2'", String.class))
                .isEqualTo(generated);
        assertThat(jdbc.queryForObject("SELECT trigger FROM alignment.quarterly_report WHERE quarter = '1986-Q2'", String.class))
                .isEqualTo("SCHEDULE");
    }

    @Test
    void badAndUnknownQuartersAreRefusedClearly() throws Exception {
        mvc.perform(get("/api/v1/alignment/reports/2025-Q5").with(LoggedIn.as("analyst")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("quarter"));
        mvc.perform(get("/api/v1/alignment/reports/1970-Q1").with(LoggedIn.as("analyst"))).andExpect(status().isNotFound());
        mvc.perform(get("/alignment/reports/garbage").with(LoggedIn.as("analyst"))).andExpect(status().isBadRequest());
        mvc.perform(get("/alignment/reports/1970-Q1").with(LoggedIn.as("analyst"))).andExpect(status().isNotFound());
        mvc.perform(get("/alignment/reports/1970-Q1.pdf?language=ru").with(LoggedIn.as("analyst"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/alignment/reports/1970-Q1.pdf?language=de").with(LoggedIn.as("analyst")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("language"));
        mvc.perform(post("/api/v1/alignment/reports/2999-Q1").with(LoggedIn.as("analyst")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("quarter"));
        String form = mvc.perform(post("/alignment/reports").param("quarter", "Q4-2025").with(csrf()).with(LoggedIn.as("analyst")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(org.jsoup.Jsoup.parse(form).select("#report-quarter.is-invalid")).hasSize(1);
    }

    @Test
    void readersReadAndOnlyAnalystsAndAdministratorsWrite() throws Exception {
        for (String reader : List.of("analyst", "admin", "reviewer", "coordinator")) {
            mvc.perform(get("/alignment/reports").with(LoggedIn.as(reader))).andExpect(status().isOk());
            mvc.perform(get("/api/v1/alignment/reports").with(LoggedIn.as(reader))).andExpect(status().isOk());
        }
        for (String reader : List.of("reviewer", "coordinator")) {
            mvc.perform(post("/api/v1/alignment/reports/1985-Q1").with(LoggedIn.as(reader))).andExpect(status().isForbidden());
            mvc.perform(post("/alignment/reports").param("quarter", "1985-Q1").with(csrf()).with(LoggedIn.as(reader)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/alignment/reports/1985-Q1/publish").with(csrf()).with(LoggedIn.as(reader)))
                    .andExpect(status().isForbidden());
        }
        assertThat(jdbc.queryForList("SELECT quarter FROM alignment.quarterly_report WHERE quarter = '1985-Q1'")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"student", "educator", "tutor", "company", "mentor"})
    void othersAreRefused(String login) throws Exception {
        mvc.perform(get("/alignment/reports").with(LoggedIn.as(login))).andExpect(status().isForbidden());
        mvc.perform(get("/alignment/reports/" + QUARTER).with(LoggedIn.as(login))).andExpect(status().isForbidden());
        mvc.perform(get("/alignment/reports/" + QUARTER + ".pdf?language=ru").with(LoggedIn.as(login))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/alignment/reports/" + QUARTER).with(LoggedIn.as(login))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/alignment/reports/1985-Q1").with(LoggedIn.as(login))).andExpect(status().isForbidden());
    }

    private String page(String quarter, String lang) throws Exception {
        String html = mvc.perform(get("/alignment/reports/" + quarter + "?lang=" + lang).with(LoggedIn.as("reviewer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        // the report itself; the layout around it (navigation, the session's CSRF token) is not part of it
        return org.jsoup.Jsoup.parse(html).select(".report-content").outerHtml();
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }
}
