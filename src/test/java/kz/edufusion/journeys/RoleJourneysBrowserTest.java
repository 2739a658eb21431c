package kz.edufusion.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.ConsoleMessage;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.edufusion.support.Browsers;
import kz.edufusion.support.DemoLogins;
import kz.edufusion.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A real browser logs in as each demo role, sees its home with figures, switches to Kazakh and Russian,
 * and leaves screenshots in target/screenshots for a person to look at.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleJourneysBrowserTest {

    static final Path SCREENSHOTS = Path.of("target/screenshots");
    static final Map<String, String> GREETING = Map.of("kk", "Қош келдіңіз", "ru", "Добро пожаловать", "en", "Welcome");

    @LocalServerPort
    int port;

    Playwright playwright;
    Browser browser;

    @BeforeAll
    void launch() {
        playwright = Browsers.playwright();
        browser = Browsers.chromium(playwright);
    }

    @AfterAll
    void close() {
        if (playwright != null) {
            playwright.close();
        }
    }

    List<String> roles() {
        return DemoLogins.ROLES;
    }

    @ParameterizedTest
    @MethodSource("roles")
    void eachRoleLogsInAndWorksInAllThreeLanguages(String login) {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US"))) {
            Page page = context.newPage();
            List<String> cspViolations = new ArrayList<>();
            page.onConsoleMessage((ConsoleMessage m) -> {
                if (m.text().contains("Content Security Policy")) {
                    cspViolations.add(m.text());
                }
            });
            logIn(page, login);
            assertThat(page.locator("[data-section]").count()).as("home sections of " + login).isPositive();
            assertThat(page.locator("[data-figure]").count()).as("figures on the home of " + login).isPositive();
            for (String language : List.of("kk", "ru", "en")) {
                page.click("a[data-lang=" + language + "]");
                page.waitForLoadState();
                assertThat(page.getAttribute("html", "lang")).isEqualTo(language);
                assertThat(page.textContent("main h1")).startsWith(GREETING.get(language));
                page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(login + "-" + language + ".png"))
                        .setFullPage(true));
            }
            assertThat(cspViolations).isEmpty();
        }
    }

    @Test
    void chosenLanguageFollowsTheUserToTheNextLogin() {
        try (BrowserContext first = browser.newContext(); BrowserContext second = browser.newContext()) {
            Page page = first.newPage();
            logIn(page, "tutor");
            page.click("a[data-lang=ru]");
            page.waitForLoadState();
            Page other = second.newPage();
            logIn(other, "tutor");
            assertThat(other.getAttribute("html", "lang")).isEqualTo("ru");
            page.click("a[data-lang=kk]");
        }
    }

    @Test
    void pagesWorkOnAPhone() {
        try (BrowserContext phone = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(390, 844).setIsMobile(true).setHasTouch(true).setLocale("ru-RU"))) {
            Page page = phone.newPage();
            page.navigate(base() + "/");
            assertThat(page.getAttribute("html", "lang")).isEqualTo("ru");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("phone-landing-ru.png")).setFullPage(true));
            logIn(page, "student");
            int overflow = ((Number) page.evaluate("document.documentElement.scrollWidth - window.innerWidth")).intValue();
            assertThat(overflow).as("no horizontal scrolling on a phone").isLessThanOrEqualTo(0);
            page.click("button.navbar-toggler");
            page.waitForSelector("#mainNav.show:not(.collapsing)");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("phone-student-menu.png")));
        }
    }

    private void logIn(Page page, String login) {
        page.navigate(base() + "/login");
        page.fill("input[name=email]", DemoLogins.email(login));
        page.fill("input[name=password]", DemoLogins.PASSWORD);
        page.click("main form button[type=submit]");
        page.waitForURL(base() + "/");
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
