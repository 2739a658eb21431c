package kz.edufusion.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import kz.edufusion.identity.domain.OrganizationService;
import kz.edufusion.identity.domain.PeopleService;
import kz.edufusion.identity.domain.PersonUserDetailsService;
import kz.edufusion.identity.domain.RegistrationService;
import kz.edufusion.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
@AutoConfigureMockMvc
class LoginLockoutTest {

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

    @Test
    void fiveFailedLoginsLockTheAccountUntilAnAdministratorUnlocksIt() throws Exception {
        IdentityTestData data = new IdentityTestData(organizations, registration, people, users);
        String email = data.student();
        for (int attempt = 1; attempt <= 5; attempt++) {
            mvc.perform(formLogin("/login").userParameter("email").user(email).password("wrong password " + attempt))
                    .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));
        }
        assertThat(people.find(data.personId(email)).locked()).isTrue();

        mvc.perform(formLogin("/login").userParameter("email").user(email).password(IdentityTestData.PASSWORD))
                .andExpect(unauthenticated()).andExpect(redirectedUrl("/login?error"));

        people.unlock(data.personId(email));
        mvc.perform(formLogin("/login").userParameter("email").user(email).password(IdentityTestData.PASSWORD))
                .andExpect(authenticated());
    }
}
