package kz.edufusion.labormarket.employers;

import static kz.edufusion.support.LoggedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import kz.edufusion.labormarket.imports.EmployerLinks;
import kz.edufusion.labormarket.normalize.EmployerNames;
import kz.edufusion.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@AutoConfigureMockMvc
class EmployerLinksTest {

    private static final String PAGE = "/admin/labormarket/employers";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EmployerLinks links;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final String source = "test-emp-" + tag;

    /** A vacancy of the employer with every NOT NULL column filled; returns the employer key. */
    private String vacancy(String employer, String naceSection) {
        String key = EmployerNames.key(employer);
        jdbc.update("""
                INSERT INTO labormarket.vacancy (source, source_id, title, employer_name, employer_key, nace_section,
                    published_at, published_month, text_hash)
                VALUES (?, ?, 'Java developer', ?, ?, ?, now(), date_trunc('month', now())::date, 42)""",
                source, UUID.randomUUID().toString(), employer, key, naceSection);
        return key;
    }

    private UUID organization(String shortName) {
        return jdbc.queryForObject("SELECT id FROM identity.organization WHERE short_name = ?", UUID.class, shortName);
    }

    @Test
    void anEmployerIsMatchedAutomaticallyOnTheCompanysNameAndTheAdministratorsLinkWins() {
        String kazdream = vacancy("IT Холдинг Kazdream", null);
        assertThat(links.organizationFor(kazdream)).contains(organization("Kazdream"));
        assertThat(links.organizationFor("no such employer " + tag)).isEmpty();
        assertThat(links.organizationFor(null)).isEmpty();
    }

    @Test
    void linkingSetsTheVacanciesOrganizationAndMissingSectionsThenUnlinkingFallsBack() throws Exception {
        String key = vacancy("Kazdream Ventures " + tag + ", ТОО", null);
        vacancy("Kazdream Ventures " + tag, "M");
        UUID kcell = organization("Kcell");

        mvc.perform(post(PAGE + "/link").with(as("admin")).with(csrf()).param("employerKey", key)
                        .param("organizationId", kcell.toString()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("notice", "lm.employers.notice.linked"));
        assertThat(links.organizationFor(key)).contains(kcell);
        assertThat(jdbc.queryForList("SELECT DISTINCT organization_id FROM labormarket.vacancy WHERE source = ?", UUID.class, source))
                .containsExactly(kcell);
        // Kcell's OKED section J where the vacancy had none; M stays
        assertThat(jdbc.queryForList("SELECT nace_section FROM labormarket.vacancy WHERE source = ? ORDER BY nace_section",
                String.class, source)).containsExactly("J", "M");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM identity.audit_event WHERE action = 'labormarket.employer.link' AND object_id = ?",
                Integer.class, key)).isEqualTo(1);

        mvc.perform(get(PAGE).param("q", tag).param("lang", "en").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kazdream Ventures " + tag)))
                .andExpect(content().string(containsString("Linked by an administrator")))
                .andExpect(content().string(containsString("Remove link")))
                .andExpect(content().string(not(containsString("style="))))
                .andExpect(content().string(not(containsString("??"))));

        mvc.perform(post(PAGE + "/unlink").with(as("admin")).with(csrf()).param("employerKey", key))
                .andExpect(status().is3xxRedirection());
        // "kazdream" is contained in the key: the automatic match takes over
        assertThat(links.organizationFor(key)).contains(organization("Kazdream"));
        assertThat(jdbc.queryForList("SELECT DISTINCT organization_id FROM labormarket.vacancy WHERE source = ?", UUID.class, source))
                .containsExactly(organization("Kazdream"));
        mvc.perform(get(PAGE).param("q", tag).param("lang", "ru").with(as("admin")))
                .andExpect(content().string(containsString("Автоматически")));
    }

    @Test
    void onlyActiveCompaniesAndKnownEmployersCanBeLinked() throws Exception {
        String key = vacancy("Linkless " + tag, null);
        UUID university = jdbc.queryForObject("SELECT id FROM identity.organization WHERE type = 'UNIVERSITY' LIMIT 1", UUID.class);
        UUID pending = jdbc.queryForObject("SELECT id FROM identity.organization WHERE type = 'COMPANY' AND status = 'PENDING' LIMIT 1",
                UUID.class);

        for (UUID refused : new UUID[] {university, pending, UUID.randomUUID()}) {
            mvc.perform(post(PAGE + "/link").with(as("admin")).with(csrf()).param("employerKey", key)
                            .param("organizationId", refused.toString()))
                    .andExpect(flash().attribute("errorKey", key))
                    .andExpect(flash().attribute("errorMessage", "lm.employers.error.organization"));
        }
        mvc.perform(post(PAGE + "/link").with(as("admin")).with(csrf()).param("employerKey", key).param("organizationId", ""))
                .andExpect(flash().attribute("errorKey", key));
        mvc.perform(post(PAGE + "/link").with(as("admin")).with(csrf()).param("employerKey", "guessed " + tag)
                        .param("organizationId", organization("Kcell").toString()))
                .andExpect(flash().attribute("errorMessage", "lm.employers.error.unknown"));
        mvc.perform(post(PAGE + "/unlink").with(as("admin")).with(csrf()).param("employerKey", key))
                .andExpect(flash().attribute("problem", "lm.employers.error.notLinked"));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM labormarket.employer_link WHERE employer_key = ?", Integer.class, key)).isZero();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM labormarket.vacancy WHERE source = ? AND organization_id IS NOT NULL",
                Integer.class, source)).isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {"student", "company", "analyst"})
    void otherRolesAreRefused(String login) throws Exception {
        String key = vacancy("Refused " + tag, null);
        mvc.perform(get(PAGE).with(as(login))).andExpect(status().isForbidden());
        mvc.perform(post(PAGE + "/link").with(as(login)).with(csrf()).param("employerKey", key)
                .param("organizationId", organization("Kcell").toString())).andExpect(status().isForbidden());
        mvc.perform(post(PAGE + "/unlink").with(as(login)).with(csrf()).param("employerKey", key)).andExpect(status().isForbidden());
        assertThat(links.organizationFor(key)).isEmpty();
    }
}
