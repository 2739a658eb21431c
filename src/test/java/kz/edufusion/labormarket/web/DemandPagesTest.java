package kz.edufusion.labormarket.web;

import static kz.edufusion.support.LoggedIn.as;
import static kz.edufusion.labormarket.VacancyFixture.JAVA;
import static kz.edufusion.labormarket.VacancyFixture.SQL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import kz.edufusion.labormarket.DemandAggregates;
import kz.edufusion.labormarket.VacancyFixture;
import kz.edufusion.support.IntegrationTest;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemandPagesTest {

    static final Map<String, String> JAVA_LABEL = Map.of("kk", "Java (бағдарламалау тілі)", "ru", "Java (язык программирования)",
            "en", "Java (computer programming)");
    static final Map<String, String> TITLE = Map.of("kk", "Дағдыларға сұраныс", "ru", "Спрос на навыки", "en", "Skills demand");

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DemandAggregates aggregates;

    VacancyFixture fixture;
    String period;
    long vacancy;

    @BeforeAll
    void vacancies() {
        fixture = new VacancyFixture(jdbc);
        vacancy = fixture.vacancy(3).title("Java разработчик").text("Строка один.\nСтрока два.").region("KZ-75").nace("J")
                .salary(500_000).employer("Kaspi, \"Bank\"").skills(JAVA, SQL).insert();
        fixture.vacancy(3).region("KZ-71").salary(300_000).employer("Kolesa").skills(JAVA).insert();
        aggregates.refresh(DemandAggregates.Trigger.ADMIN);
        period = "from=" + fixture.month(3) + "&to=" + fixture.month(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"kk", "ru", "en"})
    void overviewSkillAndVacancyPagesInEachLanguage(String lang) throws Exception {
        mvc.perform(get("/demand?" + period + "&lang=" + lang).with(as("student")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(TITLE.get(lang))))
                .andExpect(content().string(containsString(JAVA_LABEL.get(lang))))
                .andExpect(content().string(containsString("id=\"chart-months\"")))
                .andExpect(content().string(containsString("data-table=\"top-skills\"")))
                .andExpect(content().string(containsString("/demand/export/top-skills.xlsx?from=")))
                .andExpect(content().string(containsString("/dist/chart.umd.js")))
                .andExpect(content().string(not(containsString("style="))))
                .andExpect(content().string(not(containsString("??"))));
        mvc.perform(get("/demand/skills/19a8293b-8e95-4de3-983f-77484079c389?" + period + "&lang=" + lang).with(as("student")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(JAVA_LABEL.get(lang))))
                .andExpect(content().string(containsString("data-table=\"related\"")))
                .andExpect(content().string(containsString("Kolesa")))
                .andExpect(content().string(not(containsString("??"))));
        mvc.perform(get("/vacancies?lang=" + lang).param("q", "разработчика").param("employer", "Kaspi").with(as("student")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/vacancies/" + vacancy)))
                .andExpect(content().string(not(containsString("??"))));
        mvc.perform(get("/vacancies/" + vacancy + "?lang=" + lang).with(as("student")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(JAVA_LABEL.get(lang))))
                .andExpect(content().string(containsString("https://hh.kz/vacancy/")))
                .andExpect(content().string(not(containsString("??"))));
    }

    @Test
    void badFiltersAreShownNextToTheirFields() throws Exception {
        mvc.perform(get("/demand?" + period + "&region=KZ-99&lang=en").with(as("student")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is no region with the code &quot;KZ-99&quot;.")))
                .andExpect(content().string(containsString("is-invalid")));
        mvc.perform(get("/demand?from=2025-13&lang=ru").with(as("student")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Введите месяц в виде ГГГГ-ММ.")));
        mvc.perform(get("/vacancies?minSalary=abc&lang=kk").with(as("student")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("0-ден кем емес жалақы енгізіңіз.")));
        mvc.perform(get("/demand/skills/no-such-skill-xyz").with(as("student"))).andExpect(status().isNotFound());
        mvc.perform(get("/vacancies/999999999999").with(as("student"))).andExpect(status().isNotFound());
        mvc.perform(get("/demand/export/nothing.csv").with(as("student"))).andExpect(status().isNotFound());
    }

    @Test
    void csvHasABomLocalizedHeadersAndRfc4180Quoting() throws Exception {
        String employers = text(download("/demand/skills/19a8293b-8e95-4de3-983f-77484079c389/export/employers.csv?" + period
                + "&lang=ru", "text/csv"));
        assertThat(employers).startsWith("\uFEFFРаботодатель,Вакансии\r\n");
        assertThat(employers).contains("\"Kaspi, \"\"Bank\"\"\",1\r\n").contains("Kolesa,1\r\n");
        String top = text(download("/demand/export/top-skills.csv?" + period + "&lang=kk", "text/csv"));
        assertThat(top.lines().toList()).hasSize(3);
        assertThat(top.lines().toList().get(1)).startsWith("Java (бағдарламалау тілі)," + JAVA + ",2,");
    }

    @Test
    void xlsxReadsBackWithTheSameRows() throws Exception {
        byte[] xlsx = download("/demand/export/top-skills.xlsx?" + period + "&lang=en",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("Skill");
            assertThat(rows.get(0).getCellText(3)).isEqualTo("Share");
            assertThat(rows.get(1).getCellText(0)).isEqualTo("Java (computer programming)");
            assertThat(rows.get(1).getCellAsNumber(2)).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("2"));
            assertThat(rows.get(1).getCellAsNumber(3)).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("100"));
            assertThat(rows.get(1).getCellAsNumber(4)).hasValueSatisfying(n -> assertThat(n).isEqualByComparingTo("400000"));
            assertThat(rows.get(2).getCellText(1)).isEqualTo(SQL);
        }
        byte[] vacancies = download("/vacancies/export.xlsx?employer=Kolesa&lang=ru",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(vacancies))) {
            assertThat(workbook.getFirstSheet().read().get(0).getCellText(1)).isEqualTo("Название");
        }
    }

    @Test
    void anonymousVisitorsLogInFirstAndOnlyAdministratorsRebuild() throws Exception {
        mvc.perform(get("/demand")).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/vacancies")).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(get("/demand/export/top-skills.csv")).andExpect(redirectedUrlPattern("**/login"));
        mvc.perform(post("/admin/labormarket/demand/refresh").with(as("student")).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/admin/labormarket/demand/refresh").with(as("admin"))
                .with(csrf())).andExpect(redirectedUrl("/demand"));
        mvc.perform(get("/demand?lang=en").with(as("admin")))
                .andExpect(content().string(containsString("data-action=\"refresh\"")))
                .andExpect(content().string(containsString("Last rebuilt")));
        mvc.perform(get("/demand").with(as("student"))).andExpect(content().string(not(containsString("data-action=\"refresh\""))));
    }

    private byte[] download(String url, String type) throws Exception {
        return mvc.perform(get(url).with(as("student")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString(type)))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
    }

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

}
