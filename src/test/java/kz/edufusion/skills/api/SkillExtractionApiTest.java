package kz.edufusion.skills.api;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import kz.edufusion.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@AutoConfigureMockMvc
class SkillExtractionApiTest {

    private static final String API = "/api/v1/skills/extract";

    private final MockMvc mvc;
    private final ObjectMapper json;

    @Autowired
    SkillExtractionApiTest(MockMvc mvc, ObjectMapper json) {
        this.mvc = mvc;
        this.json = json;
    }

    private MockHttpServletRequestBuilder extract(Map<String, Object> body) throws Exception {
        return post(API).with(httpBasic("student@demo.edufusion.kz", "EduFusion2026"))
                .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body));
    }

    @Test
    void findsPostgreSqlInARussianVacancyWithSpansInTheSentText() throws Exception {
        String text = "<p><strong>Требования:</strong></p><ul><li>Опыт работы с <b>PostgreSQL</b> от 2 лет</li>"
                + "<li>Уверенное знание SQL</li></ul>";
        String body = mvc.perform(extract(Map.of("text", text, "language", "ru")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.skills[*].label", hasItem("PostgreSQL")))
                .andReturn().getResponse().getContentAsString();
        JsonNode postgres = null;
        for (JsonNode skill : json.readTree(body).get("skills")) {
            if (skill.get("label").asText().equals("PostgreSQL")) {
                postgres = skill;
            }
        }
        assertThat(postgres).isNotNull();
        JsonNode span = postgres.get("spans").get(0);
        assertThat(text.substring(span.get("start").asInt(), span.get("end").asInt())).isEqualTo("PostgreSQL");
        assertThat(postgres.get("score").asDouble()).isBetween(0.0, 1.0);
        assertThat(postgres.get("explanation").asText()).contains("requirements");
    }

    @Test
    void readsAKazakhTextAndAnswersInKazakh() throws Exception {
        String text = "Талаптар: Python тілінде бағдарламалау, PostgreSQL деректер қорымен жұмыс тәжірибесі, Git.";
        mvc.perform(extract(Map.of("text", text, "language", "kk", "tags", List.of("Git"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.skills[*].label", hasItem("PostgreSQL")))
                .andExpect(jsonPath("$.skills[*].uri", hasItem(containsString("skill"))));
    }

    @Test
    void anonymousCallersAreRefused() throws Exception {
        mvc.perform(post(API).contentType(MediaType.APPLICATION_JSON).content("{\"text\":\"PostgreSQL\"}"))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void anUnknownLanguageIsAProblem() throws Exception {
        mvc.perform(extract(Map.of("text", "PostgreSQL", "language", "de")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://edufusion.kz/problems/invalid"))
                .andExpect(jsonPath("$.detail", containsString("de")));
    }

    @Test
    void aMissingOrHugeTextIsAProblem() throws Exception {
        mvc.perform(extract(Map.of("language", "ru"))).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("required")));
        mvc.perform(extract(Map.of("text", "a".repeat(10 * 1024 * 1024))))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.detail", containsString("1000000")));
    }
}
