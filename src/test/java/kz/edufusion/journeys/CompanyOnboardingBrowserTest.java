package kz.edufusion.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import kz.edufusion.support.BrowserJourney;
import kz.edufusion.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * The path a real employer takes: sign up in Russian, wait as PENDING, get approved by an administrator in
 * one click, and then act for the company. Also walks every administration page and keeps screenshots.
 */
@IntegrationTest
class CompanyOnboardingBrowserTest extends BrowserJourney {

    @Test
    void aCompanySignsUpIsApprovedAndThenActsForItself() {
        String suffix = Long.toString(ThreadLocalRandom.current().nextLong(1_000_000, 9_999_999));
        String company = "Aqtobe Robotics " + suffix;
        String email = "hr" + suffix + "@aqtobe-robotics.kz";
        try (BrowserContext employer = browser.newContext(new Browser.NewContextOptions().setLocale("ru-RU"));
                BrowserContext admin = browser.newContext(new Browser.NewContextOptions().setLocale("en-US"))) {
            Page page = employer.newPage();
            page.navigate(base() + "/register/company");
            // past the browser's own required-field check, to see what the server says
            page.evaluate("document.querySelector('main form').noValidate = true");
            page.click("main button[type=submit]");
            page.waitForLoadState();
            assertThat(page.locator(".is-invalid").count()).as("empty form is refused field by field").isPositive();
            page.fill("#nameRu", company);
            page.fill("#bin", "1" + suffix + "0001");
            page.selectOption("#regionCode", "KZ-15");
            page.selectOption("#okedSection", "C");
            page.fill("#fullName", "Ержан Тестов");
            page.fill("#email", email);
            page.fill("#password", "Robotics-2026");
            page.fill("#passwordConfirmation", "Robotics-2026");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("company-signup-ru.png")).setFullPage(true));
            page.click("main button[type=submit]");
            page.waitForLoadState();
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("company-signup-submitted-ru.png")).setFullPage(true));
            assertThat(page.url()).contains("/login?registered");

            logIn(page, email, "Robotics-2026");
            assertThat(page.locator("[data-section] .alert-warning").count()).as("pending notice").isEqualTo(1);

            Page adminPage = admin.newPage();
            logIn(adminPage, "admin");
            adminPage.navigate(base() + "/admin/organizations");
            Locator row = adminPage.locator("tr", new Page.LocatorOptions().setHasText(company));
            row.locator("button[type=submit]").first().click();
            adminPage.waitForLoadState();
            adminPage.navigate(base() + "/admin/organizations?q=" + suffix);
            assertThat(adminPage.locator("tr", new Page.LocatorOptions().setHasText(company)).first().textContent())
                    .contains("Active");

            logIn(page, email, "Robotics-2026");
            assertThat(page.locator("[data-section] .alert-warning").count()).as("no longer pending").isZero();
            assertThat(page.locator("[data-figure='home.figure.ourRepresentatives']").textContent()).isEqualTo("1");
        }
    }

    @Test
    void everyAdministrationPageRendersWithoutPolicyViolations() {
        List<String> pages = List.of("/admin/organizations", "/admin/organizations/new", "/admin/people", "/admin/invitations",
                "/admin/audit", "/admin/outbox", "/admin/reference", "/admin/reference/regions", "/admin/reference/occupations?q=engineer",
                "/account", "/organization/invitations");
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("kk-KZ"))) {
            Page page = context.newPage();
            List<String> violations = cspViolations(page);
            logIn(page, "admin");
            page.click("a[data-lang=kk]");
            for (String path : pages) {
                var response = page.navigate(base() + path);
                assertThat(response.status()).as(path).isEqualTo(200);
                assertThat(page.locator("main h1").count()).as("heading on " + path).isPositive();
                String name = path.substring(1).replaceAll("[^a-z]+", "-");
                page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + "-kk.png")).setFullPage(true));
            }
            page.click("a[data-lang=en]");
            assertThat(violations).isEmpty();
        }
    }
}
