package kz.edufusion.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * A MockMvc request made by a person of the test database, loaded through the application's own
 * UserDetailsService (so with the roles and organizations the pages check), as a logged-in session would be.
 * The service is looked up from the request's application context, so page tests need not inject it.
 */
public final class LoggedIn {

    private LoggedIn() {
    }

    /** As a demo login ("admin", "student", ... see {@link DemoLogins}). */
    public static RequestPostProcessor as(String login) {
        return asEmail(DemoLogins.email(login));
    }

    /** As the person with this e-mail, e.g. one made by a test for its own organization. */
    public static RequestPostProcessor asEmail(String email) {
        return request -> {
            UserDetailsService users = WebApplicationContextUtils
                    .getRequiredWebApplicationContext(request.getServletContext()).getBean(UserDetailsService.class);
            return user(users.loadUserByUsername(email)).postProcessRequest(request);
        };
    }
}
