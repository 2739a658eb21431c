package kz.edufusion.identity.domain;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import kz.edufusion.identity.web.IdentityTestData;
import kz.edufusion.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The reset pages end to end. Only a token's hash is stored and the mail stand-in just logs, so the test
 * plants a reset row for a token it knows; it lives in this package to use {@link Tokens#hash}.
 */
@IntegrationTest
@AutoConfigureMockMvc
class PasswordResetPagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OrganizationService organizations;
    @Autowired
    RegistrationService registration;
    @Autowired
    PeopleService people;
    @Autowired
    PersonUserDetailsService users;

    @Test
    void resetLinkSetsANewPasswordOnce() throws Exception {
        IdentityTestData data = new IdentityTestData(organizations, registration, people, users);
        String email = data.student();
        String token = Tokens.newSecret("");
        plantReset(data.personId(email), token);
        String newPassword = "a completely new passphrase";

        mvc.perform(get("/password/reset").param("token", token)).andExpect(status().isOk())
                .andExpect(model().attribute("valid", true));
        mvc.perform(post("/password/reset").with(csrf()).param("token", token).param("password", newPassword)
                        .param("passwordConfirmation", "a different passphrase!"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "passwordConfirmation", "pages.validation.passwordMismatch"));
        mvc.perform(post("/password/reset").with(csrf()).param("token", token).param("password", newPassword)
                        .param("passwordConfirmation", newPassword))
                .andExpect(redirectedUrl("/login?reset"));

        mvc.perform(formLogin("/login").userParameter("email").user(email).password(newPassword)).andExpect(authenticated());
        mvc.perform(get("/password/reset").param("token", token).header("Accept-Language", "en"))
                .andExpect(model().attribute("valid", false))
                .andExpect(content().string(containsString("invalid or has expired")))
                .andExpect(content().string(containsString("href=\"/password/forgot\"")));
    }

    @Test
    void forgotPasswordAnswersTheSameForUnknownAddresses() throws Exception {
        mvc.perform(post("/password/forgot").with(csrf()).param("email", IdentityTestData.email("nobody")))
                .andExpect(redirectedUrl("/password/forgot"));
        mvc.perform(post("/password/forgot").with(csrf()).param("email", "not-an-address"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("form", "email"));
    }

    private void plantReset(UUID personId, String token) {
        Instant now = Instant.now();
        jdbc.sql("""
                insert into identity.password_reset (id, person_id, token_hash, created_at, expires_at)
                values (:id, :person, :hash, :now, :expires)
                """)
                .param("id", UUID.randomUUID()).param("person", personId).param("hash", Tokens.hash(token))
                .param("now", Timestamp.from(now)).param("expires", Timestamp.from(now.plus(PasswordResetService.VALIDITY)))
                .update();
    }
}
