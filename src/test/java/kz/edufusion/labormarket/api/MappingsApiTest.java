package kz.edufusion.labormarket.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.UUID;
import kz.edufusion.support.DemoLogins;
import kz.edufusion.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
@AutoConfigureMockMvc
class MappingsApiTest {

    private static final String API = "/api/v1/labormarket/mappings";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    private final String name = "Api mapping " + UUID.randomUUID().toString().substring(0, 8);

    private static RequestPostProcessor as(String login) {
        return httpBasic(DemoLogins.email(login), DemoLogins.PASSWORD);
    }

    private String body(String mappingName, String delimiter, String title) {
        return """
                {"name": "%s", "source": "enbek", "delimiter": "%s", "encoding": "UTF-8",
                 "columns": {"SOURCE_ID": "id", "TITLE": %s, "PUBLISHED_AT": "date", "CITY": "city"},
                 "dateFormat": "yyyy-MM-dd"}""".formatted(mappingName, delimiter, title == null ? "null" : "\"" + title + "\"");
    }

    private long create(String mappingName) throws Exception {
        String json = mvc.perform(post(API).with(as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(mappingName, ",", "title")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", startsWith(API + "/")))
                .andExpect(jsonPath("$.name").value(mappingName))
                .andExpect(jsonPath("$.columns.TITLE").value("title"))
                .andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    @Test
    void adminCreatesReadsReplacesAndDeletesAMapping() throws Exception {
        long id = create(name);

        mvc.perform(get(API + "/" + id).with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.delimiter").value(","))
                .andExpect(jsonPath("$.encoding").value("UTF-8"))
                .andExpect(jsonPath("$.columns.CITY").value("city"));
        mvc.perform(get(API).with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].name", hasItem(name)));
        mvc.perform(put(API + "/" + id).with(as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(name, "\\\\t", "Заголовок")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.delimiter").value("\\t"))
                .andExpect(jsonPath("$.columns.TITLE").value("Заголовок"));
        mvc.perform(delete(API + "/" + id).with(as("admin"))).andExpect(status().isNoContent());
        mvc.perform(get(API + "/" + id).with(as("admin")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://edufusion.kz/problems/not-found"));
        mvc.perform(delete(API + "/" + id).with(as("admin"))).andExpect(status().isNotFound());
    }

    @Test
    void invalidInputIsAValidationProblemNamingTheFields() throws Exception {
        mvc.perform(post(API).with(as("admin")).header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
                        .content(body(name, ";;", null)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://edufusion.kz/problems/validation"))
                .andExpect(jsonPath("$.errors[?(@.field == 'columns.TITLE')].message").value(hasItem("This field is required: name its column.")))
                .andExpect(jsonPath("$.errors[?(@.field == 'delimiter')]").isNotEmpty());
        // an unknown field name in columns cannot even be read
        mvc.perform(post(API).with(as("admin")).contentType(MediaType.APPLICATION_JSON)
                        .content(body(name, ",", "t").replace("\"CITY\"", "\"SALARY\"")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://edufusion.kz/problems/validation"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM labormarket.column_mapping WHERE name = ?", Integer.class, name)).isZero();
    }

    @Test
    void aTakenNameIsAConflictAndAnUnknownIdNotFound() throws Exception {
        create(name);
        mvc.perform(post(API).with(as("admin")).contentType(MediaType.APPLICATION_JSON).content(body(name.toLowerCase(), ",", "t")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://edufusion.kz/problems/conflict"));
        mvc.perform(put(API + "/987654321").with(as("admin")).contentType(MediaType.APPLICATION_JSON).content(body(name + "x", ",", "t")))
                .andExpect(status().isNotFound());
    }

    @ParameterizedTest
    @ValueSource(strings = {"student", "company", "analyst"})
    void otherRolesAreForbidden(String login) throws Exception {
        long id = create(name + login);
        mvc.perform(get(API).with(as(login))).andExpect(status().isForbidden());
        mvc.perform(get(API + "/" + id).with(as(login))).andExpect(status().isForbidden());
        mvc.perform(post(API).with(as(login)).contentType(MediaType.APPLICATION_JSON).content(body(name + login + "2", ",", "t")))
                .andExpect(status().isForbidden());
        mvc.perform(put(API + "/" + id).with(as(login)).contentType(MediaType.APPLICATION_JSON).content(body(name, ",", "t")))
                .andExpect(status().isForbidden());
        mvc.perform(delete(API + "/" + id).with(as(login))).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("SELECT name FROM labormarket.column_mapping WHERE id = ?", String.class, id))
                .isEqualTo(name + login);
    }

    @Test
    void anonymousCallersAreUnauthorized() throws Exception {
        mvc.perform(get(API)).andExpect(status().isUnauthorized());
    }
}
