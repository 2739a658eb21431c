package kz.edufusion.skills.web;

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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@AutoConfigureMockMvc
class SkillsAdminPageTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;

    private final String word = "vrill" + UUID.randomUUID().toString().substring(0, 6);

    @Test
    void adminSearchesAndSeesASkillWithItsLabelsPerLanguage() throws Exception {
        String id = skill(word + " welding");
        jdbc.update("INSERT INTO skills.skill_label (skill_uri, language, text, kind, origin) VALUES (?, 'ru', ?, 'SYNONYM', 'CURATED')",
                uri(id), "Сварка " + word);

        mvc.perform(get("/admin/skills").param("q", "сварка " + word).param("lang", "ru").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(word + " welding")))
                .andExpect(content().string(containsString("Сварка " + word)))
                .andExpect(content().string(containsString("table-responsive")))
                .andExpect(content().string(containsString("for=\"skills-q\"")))
                .andExpect(content().string(containsString("/admin/skills/" + id)))
                .andExpect(content().string(not(containsString("style="))))
                .andExpect(content().string(not(containsString("??"))));
        mvc.perform(get("/admin/skills/" + id).param("lang", "kk").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Сварка " + word)))
                .andExpect(content().string(containsString("Синоним")))
                .andExpect(content().string(containsString("for=\"label-text\"")))
                .andExpect(content().string(not(containsString("??"))));
        mvc.perform(get("/admin/skills/new").param("lang", "ru").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Новый собственный навык")))
                .andExpect(content().string(not(containsString("??"))));
    }

    @Test
    void nonAdministratorsAreRefused() throws Exception {
        mvc.perform(get("/admin/skills").with(as("student")))
                .andExpect(status().isForbidden());
    }

    @Test
    void aDuplicateLabelIsAFieldErrorAndANewOneIsAdded() throws Exception {
        String id = skill(word + " rigging");

        mvc.perform(post("/admin/skills/" + id + "/labels").with(as("admin")).with(csrf()).param("lang", "en")
                        .param("language", "en").param("kind", "SYNONYM").param("text", " " + word.toUpperCase() + " RIGGING"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is-invalid")))
                .andExpect(content().string(containsString("already has the label")));
        mvc.perform(post("/admin/skills/" + id + "/labels").with(as("admin")).with(csrf()).param("lang", "en")
                        .param("language", "en").param("kind", "SYNONYM").param("text", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Please fill in this field.")));
        mvc.perform(post("/admin/skills/" + id + "/labels").with(as("admin")).with(csrf())
                        .param("language", "kk").param("kind", "SYNONYM").param("text", "Такелаж " + word))
                .andExpect(redirectedUrl("/admin/skills/" + id));
        assertThat(jdbc.queryForObject("SELECT origin FROM skills.skill_label WHERE skill_uri = ? AND language = 'kk'",
                String.class, uri(id))).isEqualTo("ADMIN");
        long kk = jdbc.queryForObject("SELECT id FROM skills.skill_label WHERE skill_uri = ? AND language = 'kk'", Long.class, uri(id));
        long en = jdbc.queryForObject("SELECT id FROM skills.skill_label WHERE skill_uri = ? AND language = 'en'", Long.class, uri(id));
        mvc.perform(post("/admin/skills/" + id + "/labels/" + en + "/delete").with(as("admin")).with(csrf()))
                .andExpect(redirectedUrl("/admin/skills/" + id));
        mvc.perform(post("/admin/skills/" + id + "/labels/" + kk + "/delete").with(as("admin")).with(csrf()))
                .andExpect(redirectedUrl("/admin/skills/" + id))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("problem", "skills.label.last"));
        mvc.perform(get("/admin/skills/" + id).param("lang", "en").with(as("admin")))
                .andExpect(content().string(containsString("Такелаж " + word)));
    }

    @Test
    void mergingADuplicateRedirectsToTheKeptSkill() throws Exception {
        String from = skill(word + " dup");
        String into = skill(word + " kept");

        mvc.perform(post("/admin/skills/" + from + "/merge").with(as("admin")).with(csrf()).param("target", "nonexistent-" + word)
                        .param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("There is no skill with this URI.")));
        mvc.perform(post("/admin/skills/" + from + "/merge").with(as("admin")).with(csrf()).param("target", uri(into)))
                .andExpect(redirectedUrl("/admin/skills/" + into));
        mvc.perform(get("/admin/skills/" + from).with(as("admin"))).andExpect(redirectedUrl("/admin/skills/" + into));
        assertThat(jdbc.queryForObject("SELECT merged_into_uri FROM skills.skill WHERE uri = ?", String.class, uri(from)))
                .isEqualTo(uri(into));
    }

    @Test
    void theSkillPageCountsTheOccupationsThatNeedTheSkill() throws Exception {
        String id = skill(word + " soldering");
        String occupations = "http://data.europa.eu/esco/occupation/";
        jdbc.update("INSERT INTO skills.occupation_skill (occupation_uri, skill_uri, relation, skill_type) VALUES "
                + "(?, ?, 'essential', 'skill'), (?, ?, 'optional', 'skill'), (?, ?, 'optional', 'skill')",
                occupations + "a7c1d23d-aeca-4bee-9a08-5993ed98b135", uri(id),
                occupations + "7aedaa07-3884-4c5b-88f9-80997b2aa54b", uri(id),
                occupations + "4910419f-b4af-4f59-b544-9dbebc8a74f0", uri(id));

        mvc.perform(get("/admin/skills/" + id).param("lang", "en").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ESCO occupations needing it")))
                .andExpect(content().string(containsString("3 occupations: 1 as an essential skill, 2 as an optional one")));
        mvc.perform(get("/admin/skills/" + id).param("lang", "ru").with(as("admin")))
                .andExpect(content().string(containsString("Профессий: 3; как обязательный навык — 1, как дополнительный — 2")));
        mvc.perform(get("/admin/skills/" + id).param("lang", "kk").with(as("admin")))
                .andExpect(content().string(containsString("3 кәсіп: 1 кәсіпте міндетті, 2 кәсіпте қосымша дағды")))
                .andExpect(content().string(not(containsString("??"))));
    }

    @Test
    void aCustomSkillIsCreatedFromTheForm() throws Exception {
        mvc.perform(post("/admin/skills/new").with(as("admin")).with(csrf()).param("lang", "en").param("type", "skill"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter the label in at least one language.")));
        mvc.perform(post("/admin/skills/new").with(as("admin")).with(csrf()).param("labelRu", "Работа с " + word)
                        .param("type", "knowledge").param("broaderUri", ""))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("SELECT s.source FROM skills.skill s JOIN skills.skill_label l ON l.skill_uri = s.uri "
                + "WHERE l.text = ?", String.class, "Работа с " + word)).isEqualTo("CUSTOM");
    }

    private String skill(String label) {
        String id = "test-" + UUID.randomUUID();
        jdbc.update("INSERT INTO skills.skill (uri, source, type) VALUES (?, 'ESCO', 'skill')", uri(id));
        jdbc.update("INSERT INTO skills.skill_label (skill_uri, language, text, kind, origin) VALUES (?, 'en', ?, 'PREFERRED', 'ESCO')",
                uri(id), label);
        return id;
    }

    private static String uri(String id) {
        return "http://data.europa.eu/esco/skill/" + id;
    }
}
