package kz.edufusion.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import java.util.List;
import kz.edufusion.support.BrowserJourney;
import kz.edufusion.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * The demo walk-through of the employer survey, in Russian: Kcell's representative finds last quarter's answer
 * filled in, adds a skill picked from the htmx suggestions and submits; the Ministry analyst sees one more
 * responding company on the results page.
 */
@IntegrationTest
class EmployerSurveyBrowserTest extends BrowserJourney {

    @Test
    void theRepresentativeSubmitsAndTheAnalystSeesCoverageGoUp() {
        int before = respondingSeenByAnalyst();
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("ru-RU"))) {
            Page page = context.newPage();
            List<String> cspViolations = cspViolations(page);
            logIn(page, "company");
            page.navigate(base() + "/survey?lang=ru");
            assertThat(page.textContent("main h1")).isEqualTo("Опрос работодателей");
            assertThat(page.locator("[data-survey-status=SUBMITTED]").count()).as("Kcell has not answered this quarter").isZero();
            int filled = (int) page.locator("[data-skill-row] input[type=text]").all().stream()
                    .filter(input -> !input.inputValue().isBlank()).count();
            String row = "skillNeeds[" + filled + "]";
            page.locator("input[name='" + row + ".skill']").pressSequentially("SQ");
            page.waitForSelector("#skill-options option[value='SQL']", new Page.WaitForSelectorOptions()
                    .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
            page.fill("input[name='" + row + ".skill']", "SQL");
            page.selectOption("select[name='" + row + ".importance']", new SelectOption().setValue("5"));
            page.selectOption("select[name='" + row + ".horizonYears']", new SelectOption().setValue("1"));
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("survey-company-ru.png"))
                    .setFullPage(true));
            page.click("[data-survey-submit]");
            page.waitForLoadState();
            assertThat(page.textContent("main [role=status]")).contains("Спасибо");
            assertThat(page.locator("[data-survey-status=SUBMITTED]").count()).isEqualTo(1);
            assertThat(page.locator("[data-skill-row] input[type=text]").all()).anyMatch(input -> input.inputValue().equals("SQL"));
            assertThat(cspViolations).isEmpty();
        }
        assertThat(respondingSeenByAnalyst()).isEqualTo(before + 1);
    }

    private int respondingSeenByAnalyst() {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("kk-KZ"))) {
            Page page = context.newPage();
            logIn(page, "analyst");
            page.navigate(base() + "/demand/survey?lang=kk");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("survey-results-kk.png"))
                    .setFullPage(true));
            return Integer.parseInt(page.getAttribute("[data-coverage]", "data-responding"));
        }
    }
}
