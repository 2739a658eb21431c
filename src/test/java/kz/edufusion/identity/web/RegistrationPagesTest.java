package kz.edufusion.identity.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.OrganizationStatus;
import kz.edufusion.identity.Role;
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
class RegistrationPagesTest {

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
    void signUpPagesRenderInEveryLanguage() throws Exception {
        data.university();
        for (String lang : new String[] {"kk", "ru", "en"}) {
            mvc.perform(get("/register/student").header("Accept-Language", lang)).andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.containsString("name=\"_csrf\"")));
            mvc.perform(get("/register/company").header("Accept-Language", lang)).andExpect(status().isOk());
            mvc.perform(get("/login").header("Accept-Language", lang).param("error", "")).andExpect(status().isOk());
        }
        mvc.perform(get("/register/company").header("Accept-Language", "ru"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Жетісу")));
    }

    @Test
    void studentSignsUpAndIsSentToLogin() throws Exception {
        var university = data.university();
        String email = IdentityTestData.email("new-student");
        mvc.perform(post("/register/student").with(csrf()).param("fullName", "Айгерім Нұрланқызы").param("email", email)
                        .param("password", IdentityTestData.PASSWORD).param("passwordConfirmation", IdentityTestData.PASSWORD)
                        .param("universityId", university.id().toString()).param("language", "kk"))
                .andExpect(redirectedUrl("/login?registered"));

        CurrentUser student = data.user(email);
        assertThat(student.actsFor(university.id(), Role.STUDENT)).isTrue();
        assertThat(student.language()).isEqualTo("kk");
    }

    @Test
    void invalidStudentFormShowsFieldErrorsAndSavesNothing() throws Exception {
        var university = data.university();
        String email = IdentityTestData.email("invalid");
        String page = mvc.perform(post("/register/student").with(csrf()).param("fullName", " ").param("email", email)
                        .param("password", "short").param("passwordConfirmation", "other")
                        .param("universityId", university.id().toString()).param("language", "en"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", "fullName", "password", "passwordConfirmation"))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("is-invalid", "aria-describedby=\"password-error\"", "at least 10 characters")
                .doesNotContain("value=\"short\"");
        assertThat(people.exists(email)).isFalse();
    }

    @Test
    void takenEmailIsReportedOnTheEmailField() throws Exception {
        String taken = data.student();
        mvc.perform(post("/register/student").with(csrf()).param("fullName", "Second Person").param("email", taken.toUpperCase())
                        .param("password", IdentityTestData.PASSWORD).param("passwordConfirmation", IdentityTestData.PASSWORD)
                        .param("universityId", data.university().id().toString()).param("language", "en"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "email", "registration.problem.emailTaken"));
    }

    @Test
    void companySignUpCreatesPendingCompanyWhoseRepresentativeCannotActYet() throws Exception {
        String email = IdentityTestData.email("company-rep");
        mvc.perform(post("/register/company").with(csrf()).param("nameKk", "").param("nameRu", "ТОО Тест " + IdentityTestData.suffix())
                        .param("nameEn", "").param("bin", IdentityTestData.bin()).param("regionCode", "KZ-35")
                        .param("okedSection", "C").param("website", "https://example.kz").param("fullName", "Ерлан Сейтқали")
                        .param("email", email).param("password", IdentityTestData.PASSWORD)
                        .param("passwordConfirmation", IdentityTestData.PASSWORD).param("language", "ru"))
                .andExpect(redirectedUrl("/login?registered=company"));

        CurrentUser representative = data.user(email);
        assertThat(representative.memberships()).singleElement().satisfies(m -> {
            assertThat(m.role()).isEqualTo(Role.COMPANY_REPRESENTATIVE);
            assertThat(m.organizationStatus()).isEqualTo(OrganizationStatus.PENDING);
            assertThat(organizations.find(m.organizationId()).regionCode()).isEqualTo("KZ-35");
        });
        assertThat(representative.has(Role.COMPANY_REPRESENTATIVE)).isFalse();
        assertThat(representative.getAuthorities()).isEmpty();
    }

    @Test
    void companyFormNeedsANameAndATwelveDigitBin() throws Exception {
        String email = IdentityTestData.email("company-invalid");
        mvc.perform(post("/register/company").with(csrf()).param("bin", "12345").param("regionCode", "MARS")
                        .param("okedSection", "C").param("fullName", "Someone").param("email", email)
                        .param("password", IdentityTestData.PASSWORD).param("passwordConfirmation", IdentityTestData.PASSWORD))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "nameKk", "pages.company.nameRequired"))
                .andExpect(model().attributeHasFieldErrors("form", "bin", "regionCode"));
        assertThat(people.exists(email)).isFalse();
    }
}
