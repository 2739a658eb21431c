package kz.edufusion.credentials;

import static kz.edufusion.support.LoggedIn.as;
import static kz.edufusion.support.LoggedIn.asEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import kz.edufusion.identity.CurrentUser;
import kz.edufusion.support.DemoLogins;
import kz.edufusion.support.IntegrationTest;
import kz.edufusion.support.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The pages and API around credentials, with their denials: the wallet shows only the caller's own credentials
 * (another person's id is 404 on every wallet route), hiding takes a credential off its public page, the public
 * verifier and API answer anyone, and only administrators revoke and rotate.
 */
@IntegrationTest
@AutoConfigureMockMvc
class CredentialPagesTest {

    @Autowired MockMvc mvc;
    @Autowired Credentials credentials;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService users;

    String holderEmail;
    String otherEmail;
    IssuedCredential issued;

    @BeforeEach
    void issue() {
        TestPeople people = new TestPeople(jdbc, users);
        holderEmail = people.twinEmail("student", "Дана Төлегенова");
        otherEmail = people.twinEmail("student", "Other Student");
        CurrentUser holder = people.user(holderEmail);
        issued = credentials.issue(CredentialFixtures.request(holder));
    }

    @Test
    void theWalletShowsOnlyTheCallersOwnCredentials() throws Exception {
        mvc.perform(get("/credentials/wallet").with(asEmail(holderEmail))).andExpect(status().isOk())
                .andExpect(content().string(containsString(issued.id().toString())))
                .andExpect(content().string(containsString(issued.verificationUrl())));
        mvc.perform(get("/credentials/wallet").with(asEmail(otherEmail))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString(issued.id().toString()))));

        mvc.perform(get("/credentials/wallet/{id}/export", issued.id()).with(asEmail(holderEmail))).andExpect(status().isOk())
                .andExpect(jsonPath("$.jwt").value(issued.jwt()))
                .andExpect(jsonPath("$.credential.id").value("urn:uuid:" + issued.id()));
        mvc.perform(get("/credentials/wallet/{id}/export", issued.id()).with(asEmail(otherEmail))).andExpect(status().isNotFound());
        mvc.perform(get("/credentials/wallet/{id}/certificate.pdf", issued.id()).with(asEmail(otherEmail))).andExpect(status().isNotFound());
        mvc.perform(post("/credentials/wallet/{id}/hide", issued.id()).with(asEmail(otherEmail)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/credentials/wallet")).andExpect(status().is3xxRedirection());
    }

    @Test
    void theCertificateIsAPdf() throws Exception {
        byte[] pdf = mvc.perform(get("/credentials/wallet/{id}/certificate.pdf", issued.id()).with(asEmail(holderEmail)))
                .andExpect(status().isOk()).andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.length).isGreaterThan(5000);
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/screenshots/credential-certificate.pdf"), pdf);
    }

    @Test
    void aHiddenCredentialLeavesItsPublicPageButStaysValid() throws Exception {
        mvc.perform(get("/verify/credentials/{id}", issued.id())).andExpect(status().isOk())
                .andExpect(content().string(containsString("data-verdict=\"valid\"")))
                .andExpect(content().string(containsString("Дана Төлегенова")));
        mvc.perform(post("/credentials/wallet/{id}/hide", issued.id()).with(asEmail(holderEmail)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/verify/credentials/{id}", issued.id())).andExpect(status().isNotFound());
        mvc.perform(get("/verify/credentials/{id}", java.util.UUID.randomUUID())).andExpect(status().isNotFound());
        assertThat(credentials.verify(issued.jwt()).valid()).isTrue();
        mvc.perform(post("/credentials/wallet/{id}/show", issued.id()).with(asEmail(holderEmail)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/verify/credentials/{id}", issued.id())).andExpect(status().isOk());
    }

    @Test
    void theVerifierAcceptsPastedAndUploadedCredentialsFromAnyone() throws Exception {
        mvc.perform(post("/verify/credential").param("jwt", issued.jwt()).with(csrf()).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("data-verdict=\"valid\"")));
        mvc.perform(multipart("/verify/credential").file(new MockMultipartFile("file", "credential.jwt", "text/plain",
                        issued.jwt().getBytes())).with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("data-verdict=\"valid\"")));
        mvc.perform(post("/verify/credential").param("jwt", "garbage").with(csrf()).header("Accept-Language", "ru"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("data-reason=\"MALFORMED\"")))
                .andExpect(content().string(containsString("Неверный формат")));
        mvc.perform(post("/verify/credential").param("jwt", " ").with(csrf()))
                .andExpect(status().isOk()).andExpect(content().string(containsString("data-input-error")));
    }

    @Test
    void theVerifyApiIsPublicAndAnswersEachCheck() throws Exception {
        mvc.perform(post("/api/v1/credentials/verify").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"jwt\":\"" + issued.jwt() + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.valid").value(true))
                .andExpect(jsonPath("$.checks.length()").value(6))
                .andExpect(jsonPath("$.credential.credentialSubject.achievement.name").value("Software internship completed"));
        credentials.revoke(issued.id(), "Test revocation");
        mvc.perform(post("/api/v1/credentials/verify").contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "kk")
                        .content("{\"jwt\":\"" + issued.jwt() + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.valid").value(false))
                .andExpect(jsonPath("$.checks[5].check").value("status"))
                .andExpect(jsonPath("$.checks[5].reason").value("REVOKED"))
                .andExpect(jsonPath("$.checks[5].message").value("Беруші кері қайтарған."));
        mvc.perform(post("/api/v1/credentials/verify").contentType(MediaType.APPLICATION_JSON).content("{\"jwt\":\"\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.type").value("https://edufusion.kz/problems/validation"));
    }

    @Test
    void onlyAdministratorsRevokeAndRotate() throws Exception {
        mvc.perform(get("/admin/credentials").with(as("student"))).andExpect(status().isForbidden());
        mvc.perform(post("/admin/credentials/{id}/revoke", issued.id()).param("reason", "x").with(as("coordinator")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/admin/credentials/keys/rotate").with(httpBasic(DemoLogins.email("student"), DemoLogins.PASSWORD)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/admin/credentials/{id}/revoke", issued.id()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"x\"}").with(httpBasic(holderEmail, DemoLogins.PASSWORD)))
                .andExpect(status().isForbidden());
        assertThat(credentials.find(issued.id()).orElseThrow().revoked()).isFalse();

        mvc.perform(get("/admin/credentials").param("q", "Дана").with(as("admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString(issued.id().toString())));
        mvc.perform(post("/admin/credentials/{id}/revoke", issued.id()).param("reason", " ").with(as("admin")).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers
                        .flash().attribute("flashError", "credentials.problem.reasonRequired"));
        assertThat(credentials.find(issued.id()).orElseThrow().revoked()).isFalse();
        mvc.perform(post("/api/v1/admin/credentials/{id}/revoke", java.util.UUID.randomUUID()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"x\"}").with(httpBasic(DemoLogins.email("admin"), DemoLogins.PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/admin/credentials/{id}/revoke", issued.id()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"Wrong holder\"}").with(httpBasic(DemoLogins.email("admin"), DemoLogins.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.revoked").value(true));
        mvc.perform(get("/api/v1/admin/credentials/keys").with(httpBasic(DemoLogins.email("admin"), DemoLogins.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].status").value("ACTIVE"));
    }

    @Test
    void theIssuerDocumentsArePublic() throws Exception {
        mvc.perform(get("/credentials/jwks.json")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("application/jwk-set+json")))
                .andExpect(jsonPath("$.keys[0].kty").value("EC")).andExpect(jsonPath("$.keys[0].d").doesNotExist());
        mvc.perform(get("/credentials/issuer")).andExpect(status().isOk()).andExpect(jsonPath("$.type[0]").value("Profile"));
        mvc.perform(get("/credentials/status/1")).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("application/vc+jwt")));
        mvc.perform(get("/credentials/status/99999")).andExpect(status().isNotFound());
        mvc.perform(get("/credentials/achievements/{id}", java.util.UUID.randomUUID())).andExpect(status().isNotFound());
        mvc.perform(get("/verify/credential")).andExpect(status().isOk());
    }
}
