package kz.edufusion.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every browser test class needs: the running application's address, one headless Chromium for the class
 * (see {@link Browsers}), the login form filled as a person fills it, and the page's CSP violations. Subclasses
 * carry {@link IntegrationTest} themselves, so they share the one test context.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserJourney {

    /** Screenshots for a person to look at after the build. */
    protected static final Path SCREENSHOTS = Path.of("target/screenshots");

    @LocalServerPort
    private int port;

    private Playwright playwright;
    protected Browser browser;

    @BeforeAll
    protected void launchBrowser() {
        playwright = Browsers.playwright();
        browser = Browsers.chromium(playwright);
    }

    @AfterAll
    protected void closeBrowser() {
        if (playwright != null) {
            playwright.close();
        }
    }

    protected String base() {
        return "http://localhost:" + port;
    }

    /** Logs in with a demo login ("admin", "company", ...) and waits for the home page. */
    protected void logIn(Page page, String login) {
        logIn(page, DemoLogins.email(login), DemoLogins.PASSWORD);
    }

    protected void logIn(Page page, String email, String password) {
        page.navigate(base() + "/login");
        page.fill("input[name=email]", email);
        page.fill("input[name=password]", password);
        page.click("main form button[type=submit]");
        page.waitForURL(base() + "/");
    }

    /** The Content Security Policy violations the page reports on its console from now on (a list to add to). */
    protected static List<String> cspViolations(Page page) {
        List<String> violations = new ArrayList<>();
        page.onConsoleMessage(m -> {
            if (m.text().contains("Content Security Policy")) {
                violations.add(m.text());
            }
        });
        return violations;
    }
}
