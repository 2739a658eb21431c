package kz.edufusion.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.domain.ApiTokenService;
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
class AccountPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    ApiTokenService tokens;
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
    void accountShowsPendingCompanyNotice() throws Exception {
        String representative = data.companyRepresentative();
        mvc.perform(get("/account").with(user(data.user(representative))).header("Accept-Language", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(representative)))
                .andExpect(content().string(containsString("is waiting for approval")));
    }

    @Test
    void tokenSecretIsShownOnceAndTheTokenCanBeRevoked() throws Exception {
        CurrentUser student = data.user(data.student());
        String page = mvc.perform(post("/account/tokens").with(csrf()).with(user(student)).param("name", "Platonus sync")
                        .param("validDays", "30"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        var created = tokens.list(student.personId());
        assertThat(created).singleElement().satisfies(t -> assertThat(t.active()).isTrue());
        assertThat(page).contains("Platonus sync", "value=\"" + created.get(0).prefix());

        mvc.perform(get("/account").with(user(student))).andExpect(content().string(not(containsString("createdSecret"))));
        mvc.perform(post("/account/tokens/{id}/revoke", created.get(0).id()).with(csrf()).with(user(student)))
                .andExpect(redirectedUrl("/account"));
        assertThat(tokens.list(student.personId()).get(0).active()).isFalse();
    }

    @Test
    void languageChoiceIsSavedToProfileAndSession() throws Exception {
        CurrentUser student = data.user(data.student());
        var response = mvc.perform(post("/account/language").with(csrf()).with(user(student)).param("language", "ru"))
                .andExpect(redirectedUrl("/account")).andReturn().getResponse();
        // sessions live in Spring Session JDBC, so the next request of the same session proves the switch
        mvc.perform(get("/account").with(user(student)).cookie(response.getCookie("SESSION")).header("Accept-Language", "en"))
                .andExpect(content().string(containsString("Мой профиль")));
        assertThat(people.find(student.personId()).language()).isEqualTo("ru");
    }
}
