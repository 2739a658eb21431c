package kz.edufusion.identity.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.OrganizationStatus;
import kz.edufusion.identity.OrganizationType;
import kz.edufusion.identity.domain.OrganizationService;
import kz.edufusion.identity.domain.PeopleService;
import kz.edufusion.identity.domain.PersonUserDetailsService;
import kz.edufusion.identity.domain.RegistrationService;
import kz.edufusion.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@AutoConfigureMockMvc
class PageAccessTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    OrganizationService organizations;
    @Autowired
    RegistrationService registration;
    @Autowired
    PeopleService people;
    @Autowired
    PersonUserDetailsService users;

    IdentityTestData data;

    @BeforeEach
    void setUp() {
        data = new IdentityTestData(organizations, registration, people, users);
    }

    @Test
    void anonymousVisitorsAreSentToTheLoginPage() throws Exception {
        for (String page : new String[] {"/account", "/admin/organizations", "/admin/people", "/admin/invitations",
                "/admin/audit", "/organization/invitations"}) {
            mvc.perform(get(page)).andExpect(redirectedUrlPattern("**/login"));
        }
    }

    @Test
    void studentIsForbiddenFromAdministrationAndStaffInvitations() throws Exception {
        CurrentUser student = data.user(data.student());
        mvc.perform(get("/admin/organizations").with(user(student))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit").with(user(student))).andExpect(status().isForbidden());
        mvc.perform(get("/organization/invitations").with(user(student))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/organizations/{id}/approve", data.university().id()).with(csrf()).with(user(student)))
                .andExpect(status().isForbidden());
    }

    @Test
    void adminPagesRenderAndPendingCompaniesComeFirst() throws Exception {
        CurrentUser admin = data.admin();
        String representative = data.companyRepresentative();
        var company = data.user(representative).memberships().get(0);
        String companyName = company.organizationName().in("ru");

        mvc.perform(get("/admin/organizations").with(user(admin)).header("Accept-Language", "ru")).andExpect(status().isOk())
                .andExpect(content().string(containsString(companyName)))
                .andExpect(content().string(containsString("/admin/organizations/" + company.organizationId() + "/approve")));
        mvc.perform(get("/admin/organizations").with(user(admin)).param("type", "COMPANY").param("status", "PENDING")
                .param("q", companyName)).andExpect(status().isOk());
        mvc.perform(get("/admin/organizations/{id}", company.organizationId()).with(user(admin)))
                .andExpect(status().isOk()).andExpect(content().string(containsString(representative)));
        mvc.perform(get("/admin/organizations/new").with(user(admin))).andExpect(status().isOk());
        mvc.perform(get("/admin/people").with(user(admin)).param("q", representative)).andExpect(status().isOk())
                .andExpect(content().string(containsString(representative)));
        mvc.perform(get("/admin/people/{id}", data.personId(representative)).with(user(admin))).andExpect(status().isOk());
        mvc.perform(get("/admin/invitations").with(user(admin))).andExpect(status().isOk());
        mvc.perform(get("/admin/audit").with(user(admin)).param("action", "registration")).andExpect(status().isOk())
                .andExpect(content().string(containsString("registration.company")));
        mvc.perform(get("/admin/organizations/{id}", java.util.UUID.randomUUID()).with(user(admin))).andExpect(status().isNotFound());
    }

    @Test
    void adminCreatesAnActiveOrganizationAndSuspendsItWithAReason() throws Exception {
        CurrentUser admin = data.admin();
        String name = "Колледж " + IdentityTestData.suffix();
        mvc.perform(post("/admin/organizations").with(csrf()).with(user(admin)).param("type", OrganizationType.COLLEGE.name())
                        .param("nameKk", name).param("bin", "").param("regionCode", "KZ-55"))
                .andExpect(redirectedUrlPattern("/admin/organizations/*"));
        var created = organizations.search(OrganizationType.COLLEGE, null, name, kz.edufusion.common.PageQuery.of(0, 5)).items();
        org.assertj.core.api.Assertions.assertThat(created).singleElement()
                .satisfies(o -> org.assertj.core.api.Assertions.assertThat(o.status()).isEqualTo(OrganizationStatus.ACTIVE));

        mvc.perform(post("/admin/organizations/{id}/suspend", created.get(0).id()).with(csrf()).with(user(admin))
                .param("reason", "Лицензия отозвана")).andExpect(redirectedUrl("/admin/organizations"));
        org.assertj.core.api.Assertions.assertThat(organizations.find(created.get(0).id()).status()).isEqualTo(OrganizationStatus.SUSPENDED);
    }
}
