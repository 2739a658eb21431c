package kz.edufusion.journeys;

import static kz.edufusion.support.LoggedIn.as;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.stream.Stream;
import kz.edufusion.support.DemoLogins;
import kz.edufusion.support.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Denials, role by role: every non-administrator demo login is refused the administration pages (403) and the
 * admin API (403 problem details); a visitor is sent to the login page, and the API answers 401 problem details.
 */
@IntegrationTest
@AutoConfigureMockMvc
class AuthorizationMatrixTest {

    static final List<String> ADMIN_PAGES = List.of("/admin/organizations", "/admin/people", "/admin/invitations",
            "/admin/audit", "/admin/outbox", "/admin/reference");
    static final List<String> ADMIN_API = List.of("/api/v1/admin/organizations", "/api/v1/admin/people", "/api/v1/admin/audit");

    @Autowired
    MockMvc mvc;

    static Stream<Arguments> nonAdminsAndAdminResources() {
        return DemoLogins.ROLES.stream().filter(r -> !r.equals("admin"))
                .flatMap(role -> Stream.concat(ADMIN_PAGES.stream(), ADMIN_API.stream()).map(url -> Arguments.of(role, url)));
    }

    @ParameterizedTest(name = "{0} is refused {1}")
    @MethodSource("nonAdminsAndAdminResources")
    void nonAdministratorsAreRefused(String role, String url) throws Exception {
        if (url.startsWith("/api/")) {
            mvc.perform(get(url).with(httpBasic(DemoLogins.email(role), DemoLogins.PASSWORD)))
                    .andExpect(status().isForbidden())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.status").value(403));
        } else {
            mvc.perform(get(url).with(as(role)))
                    .andExpect(status().isForbidden());
        }
    }

    static Stream<String> everyProtectedPage() {
        return Stream.concat(ADMIN_PAGES.stream(), Stream.of("/account", "/organization/invitations"));
    }

    @ParameterizedTest(name = "a visitor is sent to the login page from {0}")
    @MethodSource("everyProtectedPage")
    void visitorsAreSentToLogin(String url) throws Exception {
        mvc.perform(get(url)).andExpect(status().is3xxRedirection()).andExpect(header().string("Location", "http://localhost/login"));
    }

    static Stream<String> apiUrls() {
        return Stream.concat(ADMIN_API.stream(), Stream.of("/api/v1/me", "/api/v1/organizations", "/api/v1/reference/regions"));
    }

    @ParameterizedTest(name = "the API refuses an anonymous call to {0}")
    @MethodSource("apiUrls")
    void anonymousApiCallsGet401Problems(String url) throws Exception {
        mvc.perform(get(url)).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401));
    }

    @ParameterizedTest(name = "a wrong password for {0} is refused")
    @MethodSource("kz.edufusion.support.DemoLogins#roles")
    void wrongPasswordsAreRefused(String role) throws Exception {
        mvc.perform(get("/api/v1/me").with(httpBasic(DemoLogins.email(role), "not-the-password")))
                .andExpect(status().isUnauthorized());
    }
}
