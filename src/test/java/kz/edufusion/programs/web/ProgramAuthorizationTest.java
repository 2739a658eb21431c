package kz.edufusion.programs.web;

import static kz.edufusion.support.LoggedIn.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import kz.edufusion.identity.IdentityDirectory;
import kz.edufusion.identity.OrganizationType;
import kz.edufusion.programs.domain.ProgramStore;
import kz.edufusion.support.DemoLogins;
import kz.edufusion.support.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Who sees and changes which programs, on pages and the API: a coordinator only their own university's (also by a
 * guessed id), educators read their own, analysts, reviewers and administrators read all, others nothing.
 */
@IntegrationTest
@AutoConfigureMockMvc
class ProgramAuthorizationTest {

    @Autowired MockMvc mvc;
    @Autowired ProgramStore programs;
    @Autowired IdentityDirectory directory;
    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    @org.junit.jupiter.api.AfterEach
    void removeTestPrograms() {
        jdbc.update("DELETE FROM programs.program WHERE code LIKE '6B0619%'");
    }

    @ParameterizedTest(name = "{0} is refused the register")
    @ValueSource(strings = {"student", "company", "mentor", "tutor"})
    void peopleOutsideTheRegisterAreRefused(String login) throws Exception {
        mvc.perform(get("/programs").with(as(login))).andExpect(status().isForbidden());
        mvc.perform(get("/programs/" + kaznuProgram()).with(as(login))).andExpect(status().isForbidden());
        mvc.perform(get("/programs/import").with(as(login))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/programs").with(httpBasic(DemoLogins.email(login), DemoLogins.PASSWORD)))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @ParameterizedTest(name = "{0} reads every university's programs but changes none")
    @ValueSource(strings = {"analyst", "reviewer"})
    void readersOfTheWholeRegister(String login) throws Exception {
        mvc.perform(get("/programs/" + satbayevProgram()).with(as(login))).andExpect(status().isOk());
        mvc.perform(get("/programs/" + kaznuProgram() + "/skills").with(as(login))).andExpect(status().isOk());
        mvc.perform(get("/programs/" + kaznuProgram() + "/edit").with(as(login))).andExpect(status().isForbidden());
        mvc.perform(post("/programs/" + kaznuProgram() + "/delete").with(as(login)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/programs?size=200").with(httpBasic(DemoLogins.email(login), DemoLogins.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalItems").value(Matchers.greaterThanOrEqualTo(11)));
    }

    @Test
    void aCoordinatorChangesOnlyTheirOwnUniversitysPrograms() throws Exception {
        mvc.perform(get("/programs/" + kaznuProgram() + "/edit").with(as("coordinator"))).andExpect(status().isOk());
        mvc.perform(get("/programs/" + satbayevProgram()).with(as("coordinator"))).andExpect(status().isForbidden());
        mvc.perform(get("/programs/" + satbayevProgram() + "/edit").with(as("coordinator"))).andExpect(status().isForbidden());
        mvc.perform(post("/programs/" + satbayevProgram()).with(as("coordinator")).with(csrf()).param("code", "6B06104")
                .param("titleEn", "Hijacked").param("credits", "240").param("languages", "en").param("type", "NEW"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/programs/" + satbayevProgram() + "/outcomes").with(as("coordinator")).with(csrf())
                .param("code", "LO9").param("textEn", "x")).andExpect(status().isForbidden());
        mvc.perform(post("/programs/" + satbayevProgram() + "/skills/confirm-all").with(as("coordinator")).with(csrf())
                .param("level", "MASTERED")).andExpect(status().isForbidden());
        mvc.perform(post("/programs/" + satbayevProgram() + "/targets/sectors").with(as("coordinator")).with(csrf())
                .param("sections", "A")).andExpect(status().isForbidden());
        mvc.perform(post("/programs/" + satbayevProgram() + "/delete").with(as("coordinator")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/programs").with(as("coordinator")).with(csrf()).param("universityId", satbayev().toString())
                .param("code", "6B06198").param("titleEn", "Elsewhere").param("credits", "240").param("languages", "en")
                .param("type", "NEW")).andExpect(status().isForbidden());
        mvc.perform(get("/programs/" + satbayevProgram()).with(as("coordinator2"))).andExpect(status().isOk());
        mvc.perform(get("/programs/" + satbayevProgram() + "/edit").with(as("coordinator2"))).andExpect(status().isOk());
    }

    @Test
    void anEducatorReadsOnlyTheirOwnUniversity() throws Exception {
        mvc.perform(get("/programs/" + satbayevProgram()).with(as("educator"))).andExpect(status().isOk());
        mvc.perform(get("/programs/" + satbayevProgram() + "/edit").with(as("educator"))).andExpect(status().isForbidden());
        mvc.perform(get("/programs/" + kaznuProgram()).with(as("educator"))).andExpect(status().isForbidden());
        mvc.perform(get("/programs").with(as("educator"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("6B06104")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("6B06101"))));
    }

    @Test
    void anUnknownProgramIsNotFound() throws Exception {
        mvc.perform(get("/programs/" + UUID.randomUUID()).with(as("coordinator"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/programs/" + UUID.randomUUID()).with(httpBasic(DemoLogins.email("analyst"), DemoLogins.PASSWORD)))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.status").value(404));
    }

    @Test
    void theApiRefusesAnotherUniversitysProgramsWithProblems() throws Exception {
        var coordinator = httpBasic(DemoLogins.email("coordinator"), DemoLogins.PASSWORD);
        mvc.perform(get("/api/v1/programs?size=200").with(coordinator)).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].code", Matchers.hasItem("6B06101")))
                .andExpect(jsonPath("$.items[*].code", Matchers.not(Matchers.hasItem("6B06104"))));
        mvc.perform(get("/api/v1/programs/" + satbayevProgram()).with(coordinator)).andExpect(status().isForbidden());
        mvc.perform(delete("/api/v1/programs/" + satbayevProgram()).with(coordinator))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.status").value(403));
        mvc.perform(put("/api/v1/programs/" + satbayevProgram()).with(coordinator).contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"6B06104\",\"titleEn\":\"x\",\"credits\":240,\"languages\":[\"en\"],\"type\":\"NEW\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/programs").with(coordinator).contentType(MediaType.APPLICATION_JSON)
                .content("{\"universityId\":\"" + satbayev() + "\",\"code\":\"6B06197\",\"titleEn\":\"x\",\"credits\":240,"
                        + "\"languages\":[\"en\"],\"type\":\"NEW\"}"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/programs/" + satbayevProgram() + "/skills/" + UUID.randomUUID() + "/reject").with(coordinator))
                .andExpect(status().isForbidden());
    }

    @Test
    void theApiValidatesEveryFieldAndCreatesUpdatesAndDeletes() throws Exception {
        var coordinator = httpBasic(DemoLogins.email("coordinator"), DemoLogins.PASSWORD);
        mvc.perform(post("/api/v1/programs").with(coordinator).contentType(MediaType.APPLICATION_JSON)
                .content("{\"universityId\":\"" + kaznu() + "\",\"code\":\"6B13101\",\"groupCode\":\"M094\",\"credits\":0,"
                        + "\"languages\":[\"de\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", Matchers.hasItems("code", "titleKk", "credits", "languages", "type")));
        String created = mvc.perform(post("/api/v1/programs").with(coordinator).contentType(MediaType.APPLICATION_JSON)
                .content("{\"universityId\":\"" + kaznu() + "\",\"code\":\"6B06196\",\"titleEn\":\"API program\",\"credits\":240,"
                        + "\"languages\":[\"en\"],\"type\":\"NEW\"}"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.program.nqfLevel").value(6))
                .andExpect(jsonPath("$.program.regionCode").value("KZ-75"))
                .andReturn().getResponse().getHeader("Location");
        mvc.perform(put(created).with(coordinator).contentType(MediaType.APPLICATION_JSON)
                .content("{\"code\":\"6B06196\",\"titleEn\":\"API program renamed\",\"credits\":240,\"languages\":[\"en\",\"kk\"],"
                        + "\"type\":\"INNOVATIVE\",\"regionCode\":\"KZ-71\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.program.title.en").value("API program renamed"));
        mvc.perform(delete(created).with(coordinator)).andExpect(status().isNoContent());
        mvc.perform(get(created).with(coordinator)).andExpect(status().isNotFound());
    }

    @Test
    void aFormWithBadValuesShowsTheErrorsAndSavesNothing() throws Exception {
        mvc.perform(post("/programs").with(as("coordinator")).with(csrf()).param("universityId", kaznu().toString())
                .param("code", "6B061").param("credits", "many").param("languages", "kk").param("type", "NEW"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("is-invalid")));
        mvc.perform(post("/programs").with(as("coordinator")).with(csrf()).param("universityId", kaznu().toString())
                .param("code", "6B06199").param("titleRu", "Форма").param("credits", "240").param("languages", "ru")
                .param("type", "NEW").param("accreditationAgency", "IAAR").param("accreditedUntil", "2020-01-31"))
                .andExpect(redirectedUrlPattern("/programs/*"));
        UUID id = programs.idOf(kaznu(), "6B06199").orElseThrow();
        mvc.perform(get("/programs/" + id).with(as("coordinator"))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/programs/" + id + "/gap")));
        mvc.perform(post("/programs/" + id + "/delete").with(as("coordinator")).with(csrf())).andExpect(redirectedUrl("/programs"));
    }

    UUID kaznuProgram() {
        return programs.idOf(kaznu(), "6B06101").orElseThrow();
    }

    UUID satbayevProgram() {
        return programs.idOf(satbayev(), "6B06104").orElseThrow();
    }

    UUID kaznu() {
        return university("KazNU");
    }

    UUID satbayev() {
        return university("Satbayev University");
    }

    UUID university(String shortName) {
        return directory.activeOrganizations(OrganizationType.UNIVERSITY).stream()
                .filter(o -> shortName.equals(o.shortName())).findFirst().orElseThrow().id();
    }
}
