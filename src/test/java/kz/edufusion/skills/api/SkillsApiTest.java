package kz.edufusion.skills.api;

import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import kz.edufusion.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@IntegrationTest
@AutoConfigureMockMvc
class SkillsApiTest {

    private static final String ESCO = "http://data.europa.eu/esco/skill/";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    private final String word = "krell" + UUID.randomUUID().toString().substring(0, 6);

    @Test
    void searchAnswersRankedSkillsWithTheLabelInTheAskedLanguage() throws Exception {
        String contains = skill("advanced " + word + " crafting", "Продвинутый " + word);
        String exact = skill(word, "Крелл " + word);

        mvc.perform(get("/api/v1/skills").param("q", word).param("lang", "ru").with(student()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(2))
                .andExpect(jsonPath("$.items[0].uri").value(ESCO + exact))
                .andExpect(jsonPath("$.items[0].label").value("Крелл " + word))
                .andExpect(jsonPath("$.items[0].matchedLabel").value(word))
                .andExpect(jsonPath("$.items[0].type").value("skill"))
                .andExpect(jsonPath("$.items[0].source").value("ESCO"))
                .andExpect(jsonPath("$.items[1].uri").value(ESCO + contains));
    }

    @Test
    void detailsByLastSegmentOrFullUriListLabelsPerLanguageAndRelations() throws Exception {
        String skill = skill(word + " mining", "Добыча " + word);
        String related = skill(word + " hauling", "Перевозка " + word);
        jdbc.update("INSERT INTO skills.skill_relation (from_uri, to_uri, relation_type) VALUES (?, ?, 'essential')",
                ESCO + skill, ESCO + related);
        jdbc.update("INSERT INTO skills.skill_collection_member (collection, skill_uri) VALUES ('digital', ?)", ESCO + skill);

        mvc.perform(get("/api/v1/skills/" + skill).param("lang", "en").with(student()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.uri").value(ESCO + skill))
                .andExpect(jsonPath("$.label").value(word + " mining"))
                .andExpect(jsonPath("$.labels.ru[0].text").value("Добыча " + word))
                .andExpect(jsonPath("$.labels.ru[0].kind").value("PREFERRED"))
                .andExpect(jsonPath("$.labels.kk").isEmpty())
                .andExpect(jsonPath("$.essential[0].uri").value(ESCO + related))
                .andExpect(jsonPath("$.collections[0]").value("digital"));
        mvc.perform(get("/api/v1/skills/by-uri").param("uri", ESCO + skill).with(student()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.uri").value(ESCO + skill));
    }

    @Test
    void anUnknownSkillIsANotFoundProblem() throws Exception {
        mvc.perform(get("/api/v1/skills/no-such-skill-" + word).with(student()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value(startsWith("https://edufusion.kz/problems/not-found")))
                .andExpect(jsonPath("$.status").value(404));
    }

    @Test
    void anonymousCallersAreUnauthorized() throws Exception {
        mvc.perform(get("/api/v1/skills").param("q", "python")).andExpect(status().isUnauthorized());
    }

    private static RequestPostProcessor student() {
        return httpBasic("student@demo.edufusion.kz", "EduFusion2026");
    }

    private String skill(String en, String ru) {
        String id = "test-" + UUID.randomUUID();
        jdbc.update("INSERT INTO skills.skill (uri, source, type) VALUES (?, 'ESCO', 'skill')", ESCO + id);
        jdbc.update("INSERT INTO skills.skill_label (skill_uri, language, text, kind, origin) VALUES (?, 'en', ?, 'PREFERRED', 'ESCO'), "
                + "(?, 'ru', ?, 'PREFERRED', 'CURATED')", ESCO + id, en, ESCO + id, ru);
        return id;
    }
}
