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
import kz.edufusion.programs.domain.ProgramStore;
import kz.edufusion.support.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** Target occupations suggested from the education area, accepted and removed; sectors validated. */
@IntegrationTest
@AutoConfigureMockMvc
class ProgramTargetsTest {

    static final String DATA_SCIENTIST = "http://data.europa.eu/esco/occupation/258e46f9-0075-4a2e-adae-1ff0477e0f30";

    @Autowired MockMvc mvc;
    @Autowired ProgramStore programs;
    @Autowired IdentityDirectory directory;
    @Autowired ProgramRegister register;

    @Test
    void ictProgramsAreSuggestedIctOccupationsAndTheCoordinatorAcceptsAndRemovesOne() throws Exception {
        UUID id = programs.idOf(kaznu(), "6B06101").orElseThrow();
        mvc.perform(get("/programs/" + id + "/targets?lang=en").with(as("coordinator"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("data-list=\"suggestions\"")))
                .andExpect(content().string(Matchers.containsString("2512")));
        mvc.perform(post("/programs/" + id + "/targets/add").with(as("coordinator")).with(csrf())
                .param("occupation", DATA_SCIENTIST).param("suggested", "true"))
                .andExpect(flash().attribute("flash", "programs.notice.saved"));
        assertThat(register.alignmentProgram(id).orElseThrow().targetOccupationUris()).contains(DATA_SCIENTIST);
        mvc.perform(post("/programs/" + id + "/targets/remove").with(as("coordinator")).with(csrf())
                .param("occupation", DATA_SCIENTIST)).andExpect(flash().attribute("flash", "programs.notice.saved"));
        assertThat(register.alignmentProgram(id).orElseThrow().targetOccupationUris()).doesNotContain(DATA_SCIENTIST);
    }

    @Test
    void unknownOccupationsAndSectorsAreRefusedWithAMessage() throws Exception {
        UUID id = programs.idOf(kaznu(), "6B06101").orElseThrow();
        mvc.perform(post("/programs/" + id + "/targets/add").with(as("coordinator")).with(csrf())
                .param("occupation", "http://example.org/nothing"))
                .andExpect(flash().attribute("failure", "programs.problem.occupation.unknown"));
        mvc.perform(post("/programs/" + id + "/targets/sectors").with(as("coordinator")).with(csrf())
                .param("sections", "J").param("sections", "Z"))
                .andExpect(flash().attribute("failure", "programs.problem.sector.unknown"));
        assertThat(register.alignmentProgram(id).orElseThrow().sectors()).containsExactly("J");
        mvc.perform(get("/programs/" + id + "/targets?q=data+scientist").with(as("analyst"))).andExpect(status().isOk());
    }

    UUID kaznu() {
        return directory.activeOrganizations(OrganizationType.UNIVERSITY).stream()
                .filter(o -> "KazNU".equals(o.shortName())).findFirst().orElseThrow().id();
    }
}
