package kz.edufusion.labormarket.web;

import static kz.edufusion.support.LoggedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import kz.edufusion.support.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
@AutoConfigureMockMvc
class MappingsAdminPageTest {

    private static final String PAGE = "/admin/labormarket/mappings";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    private final String name = "Page mapping " + UUID.randomUUID().toString().substring(0, 8);

    private MockHttpServletRequestBuilder valid(String url, String mappingName) {
        return form(url, mappingName, "admin", java.util.Map.of());
    }

    /** A valid form with some fields replaced. */
    private MockHttpServletRequestBuilder form(String url, String mappingName, String login, java.util.Map<String, String> changes) {
        java.util.Map<String, String> fields = new java.util.LinkedHashMap<>(java.util.Map.of("name", mappingName,
                "source", "enbek", "delimiter", ";", "encoding", "windows-1251", "dateFormat", "dd.MM.yyyy",
                "columns[SOURCE_ID]", "Код", "columns[TITLE]", "Должность", "columns[PUBLISHED_AT]", "Дата", "columns[CITY]", ""));
        fields.putAll(changes);
        MockHttpServletRequestBuilder request = post(url).with(as(login)).with(csrf());
        fields.forEach(request::param);
        return request;
    }

    private long id(String mappingName) {
        return jdbc.queryForObject("SELECT id FROM labormarket.column_mapping WHERE name = ?", Long.class, mappingName);
    }

    @Test
    void adminCreatesListsEditsAndDeletesAMappingAndEachChangeIsAudited() throws Exception {
        mvc.perform(get(PAGE + "/new").param("lang", "ru").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Новое сопоставление столбцов")))
                .andExpect(content().string(containsString("for=\"mapping-column-TITLE\"")))
                .andExpect(content().string(not(containsString("??"))));
        mvc.perform(valid(PAGE + "/new", name)).andExpect(redirectedUrl(PAGE));
        long id = id(name);
        assertThat(jdbc.queryForObject("SELECT columns->>'TITLE' FROM labormarket.column_mapping WHERE id = ?", String.class, id))
                .isEqualTo("Должность");
        assertThat(jdbc.queryForObject("SELECT created_by IS NOT NULL FROM labormarket.column_mapping WHERE id = ?", Boolean.class, id))
                .isTrue();

        mvc.perform(get(PAGE).param("lang", "kk").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(containsString(PAGE + "/" + id)))
                .andExpect(content().string(not(containsString("style="))))
                .andExpect(content().string(not(containsString("??"))));
        mvc.perform(get(PAGE + "/" + id).param("lang", "en").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"Должность\"")))
                .andExpect(content().string(containsString("Edit column mapping")));

        mvc.perform(form(PAGE + "/" + id, name + " v2", "admin", java.util.Map.of("delimiter", "\\t"))).andExpect(redirectedUrl(PAGE));
        assertThat(jdbc.queryForObject("SELECT delimiter FROM labormarket.column_mapping WHERE id = ?", String.class, id))
                .isEqualTo("\t");

        mvc.perform(post(PAGE + "/" + id + "/delete").with(as("admin")).with(csrf())).andExpect(redirectedUrl(PAGE));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM labormarket.column_mapping WHERE id = ?", Integer.class, id)).isZero();
        assertThat(jdbc.queryForList("SELECT action FROM identity.audit_event WHERE object_type = 'column_mapping' AND object_id = ?",
                String.class, String.valueOf(id)))
                .contains("labormarket.mapping.create", "labormarket.mapping.update", "labormarket.mapping.delete");
    }

    @Test
    void brokenRulesAreFieldErrorsAndNothingIsSaved() throws Exception {
        mvc.perform(form(PAGE + "/new", name, "admin", java.util.Map.of("lang", "en", "columns[TITLE]", " ",
                        "encoding", "klingon-8", "delimiter", ";;", "dateFormat", "dd.MM.yyyy {")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The mapping was not saved")))
                .andExpect(content().string(containsString("This field is required: name its column.")))
                .andExpect(content().string(containsString("Unknown encoding")))
                .andExpect(content().string(containsString("This is not a DateTimeFormatter pattern.")))
                .andExpect(content().string(containsString("is-invalid")));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM labormarket.column_mapping WHERE name = ?", Integer.class, name)).isZero();
    }

    @Test
    void aTakenNameIgnoringCaseIsTheNamesError() throws Exception {
        mvc.perform(valid(PAGE + "/new", name)).andExpect(redirectedUrl(PAGE));
        mvc.perform(form(PAGE + "/new", name.toUpperCase(), "admin", java.util.Map.of("lang", "en")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is taken")));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM labormarket.column_mapping WHERE lower(name) = lower(?)",
                Integer.class, name)).isEqualTo(1);
    }

    @Test
    void anUnknownMappingIsNotFound() throws Exception {
        mvc.perform(get(PAGE + "/987654321").with(as("admin"))).andExpect(status().isNotFound());
        mvc.perform(post(PAGE + "/987654321/delete").with(as("admin")).with(csrf())).andExpect(status().isNotFound());
    }

    @ParameterizedTest
    @ValueSource(strings = {"student", "company", "analyst"})
    void otherRolesAreRefused(String login) throws Exception {
        mvc.perform(get(PAGE).with(as(login))).andExpect(status().isForbidden());
        mvc.perform(get(PAGE + "/new").with(as(login))).andExpect(status().isForbidden());
        mvc.perform(form(PAGE + "/new", name, login, java.util.Map.of())).andExpect(status().isForbidden());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM labormarket.column_mapping WHERE name = ?", Integer.class, name)).isZero();
    }
}
