package kz.edufusion.placements;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import java.util.List;
import java.util.UUID;
import kz.edufusion.support.BrowserJourney;
import kz.edufusion.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * First come, in a browser: Kcell's representative writes and publishes an offer in Russian, the student finds it
 * on the Kazakh pages and applies with a PDF CV, the representative accepts, and the student is placed.
 */
@IntegrationTest
class PlacementJourneyBrowserTest extends BrowserJourney {

    @Test
    void publishFindApplyAccept() {
        String title = "Стажировка аналитика " + UUID.randomUUID().toString().substring(0, 8);
        try (BrowserContext company = browser.newContext(new Browser.NewContextOptions().setLocale("ru-RU"));
                BrowserContext student = browser.newContext(new Browser.NewContextOptions().setLocale("kk-KZ"))) {
            Page rep = company.newPage();
            List<String> csp = cspViolations(rep);
            logIn(rep, "company");
            rep.navigate(base() + "/placements/company/offers/new?lang=ru");
            rep.fill("#titleRu", title);
            rep.fill("#descriptionRu", "Анализ данных абонентов на SQL вместе с наставником.");
            rep.selectOption("#type", new SelectOption().setValue("INTERNSHIP"));
            rep.selectOption("#regionCode", new SelectOption().setValue("KZ-75"));
            rep.fill("#city", "Алматы");
            rep.fill("#startsOn", "2029-06-01");
            rep.fill("#endsOn", "2029-08-15");
            rep.fill("#hoursPerWeek", "30");
            rep.fill("#seats", "2");
            rep.check("#paid");
            rep.fill("#stipendKzt", "80000");
            rep.click("button[name=action][value=save]");
            rep.waitForURL(url -> url.matches(".*/placements/company/offers/[0-9a-f-]{36}$"));
            rep.click("form[action$='/publish'] button");
            rep.waitForLoadState();
            assertThat(rep.textContent("[data-offer-status]")).isEqualTo("Опубликовано");
            String offerPage = rep.url();

            Page me = student.newPage();
            csp.addAll(cspViolations(me));
            logIn(me, "student");
            me.navigate(base() + "/placements/offers?lang=kk");
            me.fill("#q", title);
            me.click("[data-offer-filters] button[type=submit]");
            me.waitForLoadState();
            assertThat(me.textContent("main h1")).isEqualTo("Тағылымдама мен практика ұсыныстары");
            assertThat(me.textContent("[data-offer] [data-stipend]")).contains("айына 80 000 ₸");
            me.click("[data-offer] a:text('" + title + "')");
            me.fill("#motivation", "Деректерді талдауды үйренгім келеді.");
            me.setInputFiles("#cv", new FilePayload("cv.pdf", "application/pdf", PlacementFixtures.PDF));
            me.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("placements-apply-kk.png")).setFullPage(true));
            me.click("[data-apply-form] button[type=submit]");
            me.waitForURL(base() + "/placements/my");
            assertThat(me.textContent("main [role=status]")).isEqualTo("Өтінім жіберілді.");

            rep.navigate(offerPage + "?lang=ru");
            assertThat(rep.textContent("[data-applicant='Dias Nurlanov']")).contains("cv.pdf");
            rep.click("[data-applicant='Dias Nurlanov'] [data-accept]");
            rep.waitForLoadState();
            assertThat(rep.textContent("main [role=status]")).isEqualTo("Принят: место практики создано.");
            rep.navigate(base() + "/placements/company?lang=ru");
            rep.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("placements-company-ru.png")).setFullPage(true));
            assertThat(rep.locator("[data-intern]").allTextContents()).anyMatch(row -> row.contains("Dias Nurlanov"));

            me.navigate(base() + "/placements/my?lang=kk");
            assertThat(me.locator("[data-placement]").allTextContents()).anyMatch(row -> row.contains("Kcell")
                    && row.contains("Кім бірінші"));
            assertThat(csp).isEmpty();
        }
    }
}
