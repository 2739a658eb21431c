package kz.edufusion.labormarket.survey;

import static kz.edufusion.support.LoggedIn.as;
import static kz.edufusion.support.LoggedIn.asEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kz.edufusion.common.csv.CsvReader;
import kz.edufusion.identity.OrganizationStatus;
import kz.edufusion.identity.OrganizationType;
import kz.edufusion.identity.Role;
import kz.edufusion.identity.domain.TestIdentities;
import kz.edufusion.support.IntegrationTest;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The representative's survey page: validation per row with nothing saved, saving and submitting, and who may see it. */
@IntegrationTest
@AutoConfigureMockMvc
class SurveyPageTest {

    static final String SQL = "http://data.europa.eu/esco/skill/598de5b0-5b58-4ea7-8058-a4bc4d18c742";
    static final String DEVELOPER = "http://data.europa.eu/esco/occupation/f2b15a0e-e65a-438a-affb-29b9d50b77d1";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    UUID company;
    String representative;

    @BeforeEach
    void company() {
        TestIdentities identities = new TestIdentities(context);
        company = identities.organization(OrganizationType.COMPANY, OrganizationStatus.ACTIVE).id();
        representative = identities.email(company, Role.COMPANY_REPRESENTATIVE);
    }

    @Test
    void theRepresentativeSeesAnEmptyFormWithSpareRowsAndSuggestions() throws Exception {
        mvc.perform(get("/survey").param("lang", "ru").with(asEmail(representative)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Опрос работодателей")))
                .andExpect(content().string(containsString("name=\"skillNeeds[2].skill\"")))
                .andExpect(content().string(containsString("name=\"hires[1].regionCode\"")))
                .andExpect(content().string(containsString("hx-get=\"/survey/suggest/skills\"")))
                .andExpect(content().string(not(containsString("style="))))
                .andExpect(content().string(not(containsString("??"))));
        mvc.perform(get("/survey/suggest/skills").param("skillNeeds[0].skill", "SQL").with(asEmail(representative)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<option value=\"SQL\"")));
        mvc.perform(get("/survey/suggest/occupations").param("hires[0].occupation", "software dev").with(asEmail(representative)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("software developer")));
    }

    @Test
    void anAddRowSubmitAddsARowWithoutSaving() throws Exception {
        mvc.perform(form().param("action", "addSkill").param("skillNeeds[0].skill", "SQL"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"skillNeeds[3].skill\"")));
        assertThat(responses()).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"unknownSkill", "importance0", "importance6", "missingRegion", "hires0"})
    void invalidRowsAreFieldErrorsAndNothingIsSaved(String kind) throws Exception {
        MockHttpServletRequestBuilder request = form().param("action", "submit").param("lang", "en")
                .param("skillNeeds[0].skill", kind.equals("unknownSkill") ? "no such skill " + UUID.randomUUID() : "SQL")
                .param("skillNeeds[0].importance", kind.equals("importance0") ? "0" : kind.equals("importance6") ? "6" : "4")
                .param("skillNeeds[0].horizonYears", "1")
                .param("hires[0].occupation", "software developer")
                .param("hires[0].regionCode", kind.equals("missingRegion") ? "" : "KZ-75")
                .param("hires[0].expectedHires", kind.equals("hires0") ? "0" : "5")
                .param("hires[0].horizonYears", "1");
        String expected = switch (kind) {
            case "unknownSkill" -> "No skill in the taxonomy has this name";
            case "importance0", "importance6" -> "Importance must be from 1 to 5.";
            case "missingRegion" -> "Please fill in this field.";
            default -> "Enter a number of people from 1 to 10000.";
        };
        mvc.perform(request).andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")))
                .andExpect(content().string(containsString(expected)));
        assertThat(responses()).isZero();
    }

    @Test
    void aValidAnswerIsSavedAsDraftThenSubmittedAndAudited() throws Exception {
        mvc.perform(form().param("action", "save").param("skillNeeds[0].skill", "sql").param("skillNeeds[0].importance", "5")
                        .param("skillNeeds[0].horizonYears", "2").param("skillNeeds[1].skill", "").param("hires[0].occupation", DEVELOPER)
                        .param("hires[0].regionCode", "KZ-71").param("hires[0].expectedHires", "7").param("hires[0].horizonYears", "1"))
                .andExpect(redirectedUrl("/survey?organization=" + company));
        assertThat(jdbc.queryForObject("SELECT status FROM labormarket.survey_response WHERE organization_id = ?", String.class, company))
                .isEqualTo("DRAFT");
        assertThat(jdbc.queryForObject("SELECT skill_uri FROM labormarket.survey_skill_need n JOIN labormarket.survey_response r "
                + "ON r.id = n.response_id WHERE r.organization_id = ?", String.class, company)).isEqualTo(SQL);
        mvc.perform(form().param("action", "submit").param("skillNeeds[0].skill", "SQL").param("skillNeeds[0].importance", "4")
                        .param("skillNeeds[0].horizonYears", "1"))
                .andExpect(redirectedUrl("/survey?organization=" + company));
        assertThat(jdbc.queryForObject("SELECT status FROM labormarket.survey_response WHERE organization_id = ?", String.class, company))
                .isEqualTo("SUBMITTED");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM labormarket.survey_hiring h JOIN labormarket.survey_response r "
                + "ON r.id = h.response_id WHERE r.organization_id = ?", Integer.class, company)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM identity.audit_event WHERE action = 'labormarket.survey.submitted' "
                + "AND detail LIKE ?", Integer.class, "%" + company + "%")).isEqualTo(1);
        mvc.perform(get("/survey").param("lang", "kk").with(asEmail(representative)))
                .andExpect(content().string(containsString("Жіберілді")))
                .andExpect(content().string(containsString("value=\"SQL\"")));
    }

    @Test
    void submittingWithoutAnySkillIsRefused() throws Exception {
        mvc.perform(form().param("action", "submit").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Name at least one skill before submitting.")));
        assertThat(responses()).isZero();
    }

    @Test
    void anotherCompanyIsForbiddenEvenByGuessedId() throws Exception {
        UUID other = new TestIdentities(context).organization(OrganizationType.COMPANY, OrganizationStatus.ACTIVE).id();
        for (UUID guessed : new UUID[] {other, UUID.randomUUID()}) {
            mvc.perform(get("/survey").param("organization", guessed.toString()).with(asEmail(representative)))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/survey").with(asEmail(representative)).with(csrf()).param("organization", guessed.toString())
                            .param("action", "submit").param("skillNeeds[0].skill", "SQL").param("skillNeeds[0].importance", "3")
                            .param("skillNeeds[0].horizonYears", "1"))
                    .andExpect(status().isForbidden());
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM labormarket.survey_response WHERE organization_id = ?", Integer.class,
                other)).isZero();
    }

    @ParameterizedTest(name = "{0} is refused the survey pages")
    @ValueSource(strings = {"student", "educator", "mentor", "tutor", "reviewer"})
    void otherRolesAreRefused(String login) throws Exception {
        RequestPostProcessor who = as(login);
        mvc.perform(get("/survey").with(who)).andExpect(status().isForbidden());
        mvc.perform(get("/demand/survey").with(who)).andExpect(status().isForbidden());
        mvc.perform(get("/demand/survey/export.csv").param("table", "combined").with(who)).andExpect(status().isForbidden());
    }

    @Test
    void theCompanyRepresentativeIsRefusedTheResults() throws Exception {
        mvc.perform(get("/demand/survey").with(asEmail(representative))).andExpect(status().isForbidden());
    }

    @Test
    void resultsPageAndCsvForTheAnalyst() throws Exception {
        RequestPostProcessor analyst = as("analyst");
        mvc.perform(get("/demand/survey").param("lang", "ru").with(analyst))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Охват опроса")))
                .andExpect(content().string(containsString("data-responding=")))
                .andExpect(content().string(containsString("w = 1 - 0,5 x min(1, ответы / 100)")))
                .andExpect(content().string(not(containsString("style="))))
                .andExpect(content().string(not(containsString("??"))));
        byte[] csv = mvc.perform(get("/demand/survey/export.csv").param("table", "skills").param("lang", "en").with(analyst))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(csv).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(csv, StandardCharsets.UTF_8)).contains("rank,skill,skill URI,companies,mean importance,weighted score\r\n");
        mvc.perform(get("/demand/survey/export.csv").param("table", "nope").with(analyst)).andExpect(status().isNotFound());
    }

    @Test
    void theAnalystDownloadsEachTableAsXlsxWithTheRowsOfTheCsv() throws Exception {
        RequestPostProcessor analyst = as("analyst");
        mvc.perform(get("/demand/survey").param("lang", "kk").with(analyst))
                .andExpect(content().string(containsString("/demand/survey/export.xlsx?quarter=")))
                .andExpect(content().string(containsString("data-export=\"xlsx\"")));
        byte[] csv = mvc.perform(get("/demand/survey/export.csv").param("table", "coverage").param("lang", "ru").with(analyst))
                .andReturn().getResponse().getContentAsByteArray();
        List<List<String>> records = new ArrayList<>();
        try (CsvReader reader = new CsvReader(new InputStreamReader(new ByteArrayInputStream(csv, 3, csv.length - 3),
                StandardCharsets.UTF_8))) {
            for (List<String> record = reader.next(); record != null; record = reader.next()) {
                records.add(record);
            }
        }
        byte[] xlsx = mvc.perform(get("/demand/survey/export.xlsx").param("table", "coverage").param("lang", "ru").with(analyst))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("spreadsheetml.sheet")))
                .andExpect(header().string("Content-Disposition", containsString("-coverage.xlsx")))
                .andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(records.size()).hasSizeGreaterThan(1);
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < records.get(r).size(); c++) {
                    assertThat(rows.get(r).getCellText(c)).as("row %d column %d", r, c).isEqualTo(records.get(r).get(c));
                }
            }
            assertThat(rows.get(1).getCellAsNumber(4)).as("active companies are a number").isPresent();
        }
        mvc.perform(get("/demand/survey/export.xlsx").param("table", "skills").param("lang", "en").with(analyst))
                .andExpect(status().isOk());
        mvc.perform(get("/demand/survey/export.ods").param("table", "skills").with(analyst)).andExpect(status().isNotFound());
        mvc.perform(get("/demand/survey/export.xlsx").param("table", "coverage").with(as("student")))
                .andExpect(status().isForbidden());
    }

    private MockHttpServletRequestBuilder form() {
        return post("/survey").with(asEmail(representative)).with(csrf()).param("organization", company.toString());
    }

    private int responses() {
        return jdbc.queryForObject("SELECT count(*) FROM labormarket.survey_response WHERE organization_id = ?", Integer.class, company);
    }

}
