package kz.edufusion.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Map;
import kz.edufusion.support.BrowserJourney;
import kz.edufusion.support.DemoLogins;
import kz.edufusion.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A real browser logs in as each demo role, sees its home with figures, switches to Kazakh and Russian,
 * and leaves screenshots in target/screenshots for a person to look at.
 */
@IntegrationTest
class RoleJourneysBrowserTest extends BrowserJourney {

    static final Map<String, String> GREETING = Map.of("kk", "Қош келдіңіз", "ru", "Добро пожаловать", "en", "Welcome");

    List<String> roles() {
        return DemoLogins.ROLES;
    }

    @ParameterizedTest
    @MethodSource("roles")
    void eachRoleLogsInAndWorksInAllThreeLanguages(String login) {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US"))) {
            Page page = context.newPage();
            List<String> cspViolations = cspViolations(page);
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
}
