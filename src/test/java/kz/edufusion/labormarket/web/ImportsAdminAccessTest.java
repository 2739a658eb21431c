package kz.edufusion.labormarket.web;

import static kz.edufusion.support.LoggedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import kz.edufusion.support.DemoLogins;
import kz.edufusion.support.IntegrationTest;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
@AutoConfigureMockMvc
class ImportsAdminAccessTest {

    static final String HEADER = "vacancy_id,name,area,salary_from,salary_to,salary_currency,experience,schedule,employment,"
            + "description,key_skills,employer_name,published_at,url\n";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    private final String id = "8" + Math.abs(UUID.randomUUID().getLeastSignificantBits() % 1_000_000_000L);

    private MockMultipartFile file() {
        String csv = HEADER + id + ",Data Engineer,Астана,,,,,,,\"<p>Spark, SQL</p>\",,ТОО Тест " + id + ",2025-11-27T15:47:29+0300,\n"
                + id + "1,Short\n";
        return new MockMultipartFile("file", "upload-" + id + ".csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"student", "company", "analyst"})
    void onlyAdministratorsReachPagesAndApi(String login) throws Exception {
        mvc.perform(get("/admin/labormarket/imports").with(as(login)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/labormarket/imports/1").with(as(login)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/admin/labormarket/imports/1/rejections.xlsx").with(as(login)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/labormarket/imports/1").with(basic(login))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/labormarket/imports/1/rejections").with(basic(login))).andExpect(status().isForbidden());
        mvc.perform(multipart("/api/v1/labormarket/imports").file(file()).with(basic(login))).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM labormarket.import_run WHERE file_name = ?", Long.class,
                "upload-" + id + ".csv")).isZero();
    }

    @Test
    void anAdministratorUploadsThroughTheApiAndFollowsTheRun() throws Exception {
        String body = mvc.perform(multipart("/api/v1/labormarket/imports").file(file()).param("format", "hh-csv").with(basic("admin")))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("RUNNING"))
                .andReturn().getResponse().getContentAsString();
        long run = com.jayway.jsonpath.JsonPath.parse(body).read("$.id", Long.class);
        waitFor(run);

        mvc.perform(get("/api/v1/labormarket/imports/" + run).with(basic("admin")))
                .andExpect(jsonPath("$.status").value("COMPLETED"))
                .andExpect(jsonPath("$.imported").value(1))
                .andExpect(jsonPath("$.rejected").value(1));
        mvc.perform(get("/api/v1/labormarket/imports/" + run + "/rejections").param("size", "10").with(basic("admin")))
                .andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].rowNumber").value(3))
                .andExpect(jsonPath("$.items[0].reason").value("expected at least 14 fields, found 2"));
        mvc.perform(get("/api/v1/labormarket/imports/999999999").with(basic("admin"))).andExpect(status().isNotFound());
        mvc.perform(multipart("/api/v1/labormarket/imports").file(file()).param("format", "mapped").param("mapping", "nope")
                .with(basic("admin"))).andExpect(status().isBadRequest());
    }

    @Test
    void anAdministratorUploadsOnThePageAndSeesTheRun() throws Exception {
        RequestPostProcessor admin = as("admin");
        mvc.perform(get("/admin/labormarket/imports").param("lang", "ru").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Импорт вакансий")))
                .andExpect(content().string(containsString("for=\"import-file\"")))
                .andExpect(content().string(not(containsString("style="))))
                .andExpect(content().string(not(containsString("??"))));
        mvc.perform(multipart("/admin/labormarket/imports").param("format", "hh-csv").with(admin).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")));
        String location = mvc.perform(multipart("/admin/labormarket/imports").file(file()).param("format", "hh-csv")
                        .with(admin).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long run = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        waitFor(run);

        mvc.perform(get(location).param("lang", "kk").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("expected at least 14 fields, found 2")))
                .andExpect(content().string(containsString("Аяқталды")))
                .andExpect(content().string(containsString("/rejections.xlsx")))
                .andExpect(content().string(not(containsString("hx-trigger"))))
                .andExpect(content().string(not(containsString("??"))));
        // RFC 4180 quoting through the shared CsvWriter: only the reason, which holds a comma, is quoted
        mvc.perform(get(location + "/rejections.csv").with(admin))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("3," + id + "1,\"expected at least 14 fields, found 2\"")));
        byte[] xlsx = mvc.perform(get(location + "/rejections.xlsx").param("lang", "ru").with(admin))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("rejections-" + run + ".xlsx")))
                .andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(2);
            assertThat(rows.get(0).getCellText(0)).isEqualTo("Строка");
            assertThat(rows.get(1).getCellAsNumber(0)).hasValue(BigDecimal.valueOf(3));
            assertThat(rows.get(1).getCellText(1)).isEqualTo(id + "1");
            assertThat(rows.get(1).getCellText(2)).isEqualTo("expected at least 14 fields, found 2");
        }
        mvc.perform(get("/admin/labormarket/imports/999999999/rejections.xlsx").with(admin)).andExpect(status().isNotFound());
        mvc.perform(get("/admin/labormarket/imports/999999999").with(admin)).andExpect(status().isNotFound());
    }

    private void waitFor(long run) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            String status = jdbc.queryForObject("SELECT status FROM labormarket.import_run WHERE id = ?", String.class, run);
            if (!"RUNNING".equals(status)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("run " + run + " did not finish");
    }

    private static RequestPostProcessor basic(String login) {
        return httpBasic(DemoLogins.email(login), DemoLogins.PASSWORD);
    }
}
