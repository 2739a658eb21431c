package kz.edufusion.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.OrganizationStatus;
import kz.edufusion.identity.Role;
import kz.edufusion.identity.domain.InvitationService;
import kz.edufusion.identity.domain.InvitationService.NewInvitation;
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
class InvitationPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    InvitationService invitations;
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
    void newcomerAcceptsAnInvitationAndCanLogIn() throws Exception {
        var university = data.university();
        String email = IdentityTestData.email("educator");
        String token = invitations.invite(data.admin(), new NewInvitation(university.id(), Role.EDUCATOR, email, "en"));

        mvc.perform(get("/invitations/{token}", token).header("Accept-Language", "en")).andExpect(status().isOk())
                .andExpect(content().string(containsString(university.name().en())))
                .andExpect(content().string(containsString("Educator")));
        mvc.perform(post("/invitations/{token}", token).with(csrf()).param("fullName", "Дәурен Оқытушы")
                        .param("password", "short").param("passwordConfirmation", "short"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("form", "password"));
        mvc.perform(post("/invitations/{token}", token).with(csrf()).param("fullName", "Дәурен Оқытушы")
                        .param("password", IdentityTestData.PASSWORD).param("passwordConfirmation", IdentityTestData.PASSWORD))
                .andExpect(redirectedUrl("/login?registered"));

        assertThat(data.user(email).actsFor(university.id(), Role.EDUCATOR)).isTrue();
        mvc.perform(formLogin("/login").userParameter("email").user(email).password(IdentityTestData.PASSWORD))
                .andExpect(authenticated());
        mvc.perform(get("/invitations/{token}", token)).andExpect(model().attribute("invitation", (Object) null));
    }

    @Test
    void existingUserMustBeSignedInAsTheInvitedAddress() throws Exception {
        String email = data.student();
        var university = data.university();
        String token = invitations.invite(data.admin(), new NewInvitation(university.id(), Role.ACADEMIC_TUTOR, email, "en"));

        mvc.perform(post("/invitations/{token}", token).with(csrf()).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("log in as that user")))
                .andExpect(content().string(containsString("href=\"/login\"")));

        mvc.perform(post("/invitations/{token}", token).with(csrf()).with(user(data.user(email))))
                .andExpect(redirectedUrl("/account"));
        assertThat(data.user(email).actsFor(university.id(), Role.ACADEMIC_TUTOR)).isTrue();
    }

    @Test
    void approvedCompanyRepresentativeInvitesOnlyIntoTheirOwnCompany() throws Exception {
        String representative = data.companyRepresentative();
        UUID company = data.user(representative).memberships().get(0).organizationId();
        UUID otherCompany = data.user(data.companyRepresentative()).memberships().get(0).organizationId();

        mvc.perform(get("/organization/invitations").with(user(data.user(representative)))).andExpect(status().isForbidden());

        mvc.perform(post("/admin/organizations/{id}/approve", company).with(csrf()).with(user(data.admin())))
                .andExpect(redirectedUrl("/admin/organizations"));
        assertThat(organizations.find(company).status()).isEqualTo(OrganizationStatus.ACTIVE);

        CurrentUser approved = data.user(representative);
        assertThat(approved.has(Role.COMPANY_REPRESENTATIVE)).isTrue();
        mvc.perform(get("/organization/invitations").with(user(approved))).andExpect(status().isOk());
        mvc.perform(post("/organization/invitations").with(csrf()).with(user(approved)).header("Accept-Language", "en")
                        .param("organizationId", company.toString()).param("role", "COMPANY_MENTOR")
                        .param("email", IdentityTestData.email("mentor")).param("language", "ru"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/invitations/")))
                .andExpect(content().string(containsString("shown only now")));
        mvc.perform(post("/organization/invitations").with(csrf()).with(user(approved))
                        .param("organizationId", company.toString()).param("role", "EDUCATOR")
                        .param("email", IdentityTestData.email("educator")).param("language", "ru"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrorCode("form", "role", "pages.invite.roleNotAllowed"));
        mvc.perform(post("/organization/invitations").with(csrf()).with(user(approved))
                        .param("organizationId", otherCompany.toString()).param("role", "COMPANY_MENTOR")
                        .param("email", IdentityTestData.email("intruder")).param("language", "ru"))
                .andExpect(status().isForbidden());
        assertThat(invitations.list(otherCompany, 10)).isEmpty();
    }
}
