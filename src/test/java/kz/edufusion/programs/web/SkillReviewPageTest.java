package kz.edufusion.programs.web;

import static kz.edufusion.support.LoggedIn.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import kz.edufusion.identity.IdentityDirectory;
import kz.edufusion.identity.OrganizationType;
import kz.edufusion.programs.ProgramRegister;
import kz.edufusion.programs.TaughtSkill;
import kz.edufusion.programs.domain.ChildStore;
import kz.edufusion.programs.domain.ProgramStore;
import kz.edufusion.support.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The review page's search (htmx fragment and plain page), adding a skill, and a confirmation without a level. */
@IntegrationTest
@AutoConfigureMockMvc
class SkillReviewPageTest {

    static final String KOTLIN = "https://edufusion.kz/skill/kotlin";

    @Autowired MockMvc mvc;
    @Autowired ProgramStore programs;
    @Autowired ChildStore children;
    @Autowired IdentityDirectory directory;
    @Autowired ProgramRegister register;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void removeAddedSkill() {
        jdbc.update("DELETE FROM programs.skill_link WHERE skill_uri = ? AND program_id = ?", KOTLIN, program());
    }

    @Test
    void aCoordinatorFindsAndAddsASkillTheEngineMissed() throws Exception {
        UUID program = program();
        UUID outcome = children.outcomes(program).get(0).id();
        mvc.perform(get("/programs/" + program + "/skills/search").param("q", "Kotlin").param("owner", outcome.toString())
                        .with(as("coordinator")))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString(KOTLIN)));
        mvc.perform(get("/programs/" + program + "/skills").param("q", "Kotlin").param("owner", outcome.toString())
                        .with(as("coordinator")))
                .andExpect(status().isOk()).andExpect(content().string(Matchers.containsString(KOTLIN)));
        mvc.perform(post("/programs/" + program + "/skills/add").with(as("coordinator")).with(csrf())
                        .param("owner", outcome.toString()).param("skill", KOTLIN).param("level", "INTRODUCED"))
                .andExpect(flash().attribute("flash", "programs.skills.notice.added"));
        assertThat(register.alignmentProgram(program).orElseThrow().skills()).extracting(TaughtSkill::skillUri).contains(KOTLIN);
    }

    @Test
    void aConfirmationNeedsALevelAndAStaleLinkIsReported() throws Exception {
        UUID program = program();
        mvc.perform(post("/programs/" + program + "/skills/confirm-all").with(as("coordinator")).with(csrf()))
                .andExpect(flash().attribute("failure", "programs.problem.skill.level"));
        mvc.perform(post("/programs/" + program + "/skills/" + UUID.randomUUID() + "/reject").with(as("coordinator")).with(csrf()))
                .andExpect(flash().attribute("failure", "programs.problem.linkNotFound"));
        mvc.perform(post("/programs/" + program + "/skills/add").with(as("coordinator")).with(csrf())
                        .param("owner", UUID.randomUUID().toString()).param("skill", KOTLIN).param("level", "INTRODUCED"))
                .andExpect(flash().attribute("failure", "programs.problem.skill.owner"));
    }

    UUID program() {
        UUID kaznu = directory.activeOrganizations(OrganizationType.UNIVERSITY).stream()
                .filter(o -> "KazNU".equals(o.shortName())).findFirst().orElseThrow().id();
        return programs.idOf(kaznu, "6B06102").orElseThrow();
    }
}
