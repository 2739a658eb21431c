package kz.edufusion.placements;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.List;
import java.util.UUID;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.support.BrowserJourney;
import kz.edufusion.support.DemoLogins;
import kz.edufusion.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The agreement in a browser, on the Kazakh pages: the coordinator prepares it in Kazakh, writes the tasks and names
 * the tutor and the mentor, and sends it; the student, the coordinator and the company's representative sign with
 * their names; the agreement is in force and the placement active.
 */
@IntegrationTest
class AgreementBrowserTest extends BrowserJourney {

    @Autowired
    ApplicationContext context;


    @Test
    void prepareSendAndSignInKazakh() {
        AgreementFixtures fixtures = new AgreementFixtures(context);
        CurrentUser student = fixtures.student("Ayaulym Kairatqyzy");
        UUID placement = fixtures.placed(student);
        String tab = base() + "/placements/placement/" + placement + "/agreement?lang=kk";
        Browser.NewContextOptions kazakh = new Browser.NewContextOptions().setLocale("kk-KZ");
        try (BrowserContext university = browser.newContext(kazakh); BrowserContext me = browser.newContext(kazakh);
                BrowserContext company = browser.newContext(kazakh)) {
            Page coordinator = university.newPage();
            List<String> csp = cspViolations(coordinator);
            logIn(coordinator, "coordinator");
            coordinator.navigate(tab);
            assertThat(coordinator.textContent("[data-agreement-none]")).contains("Бұл практика бойынша шарт әлі дайындалған жоқ.");
            coordinator.click("[data-agreement-prepare] button");
            coordinator.waitForSelector("[data-agreement-form]");
            assertThat(coordinator.textContent("main [role=status]")).isEqualTo("Шарт жобасы дайындалды.");
            coordinator.click("[data-send]");
            coordinator.waitForLoadState();
            assertThat(coordinator.locator("[data-agreement-form] .invalid-feedback").allTextContents())
                    .contains("Кемінде бір жеке тапсырма жазыңыз.", "Жіберу алдында ЖОО-дан практика жетекшісін көрсетіңіз.");
            coordinator.fill("#tasks", "Абоненттер деректерін SQL арқылы талдау\nКлиенттердің кетуі бойынша дашборд жасау");
            coordinator.fill("#tutorName", "Gulnara Omarova");
            coordinator.fill("#mentorName", "Asel Kenzhebayeva");
            coordinator.click("[data-send]");
            coordinator.waitForSelector("[data-version-sent]");
            assertThat(coordinator.textContent("[data-agreement-status]")).isEqualTo("Қол қоюда");
            assertThat(coordinator.textContent("[data-signature=STUDENT]")).contains("Студенттің қолтаңбасы күтілуде");
            sign(coordinator, "yerlan  bekov");

            Page mine = me.newPage();
            csp.addAll(cspViolations(mine));
            logIn(mine, student.email(), DemoLogins.PASSWORD);
            mine.navigate(tab);
            assertThat(mine.locator("[data-agreement-prepare]").count()).isZero();
            assertThat(mine.textContent("[data-consent-text]")).contains("«Студент» тарапы атынан");
            mine.fill("#fullName", "Ayaulym Kairatqyzy");
            mine.click("[data-sign]");
            mine.waitForLoadState();
            assertThat(mine.textContent("#consent ~ .invalid-feedback")).isEqualTo("Қол қою үшін келісімді белгілеңіз.");
            sign(mine, "Ayaulym Kairatqyzy");
            assertThat(mine.textContent("[data-signature=STUDENT]")).contains("Студент қол қойды", "Ayaulym Kairatqyzy");

            Page rep = company.newPage();
            csp.addAll(cspViolations(rep));
            logIn(rep, "company");
            rep.navigate(tab);
            sign(rep, "Timur Zhaksylykov");
            assertThat(rep.textContent("[data-agreement-status]")).isEqualTo("Күшінде");
            assertThat(rep.getAttribute("[data-placement-status]", "data-placement-status")).isEqualTo("ACTIVE");
            rep.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("placements-agreement-kk.png")).setFullPage(true));

            mine.navigate(tab);
            assertThat(mine.textContent("[data-version-in-force]")).contains("1-редакция күшінде", "Компания қол қойды");
            assertThat(mine.textContent("[data-version-history] [data-version='1'] [data-version-status]"))
                    .isEqualTo("Барлығы қол қойды, күшінде");
            assertThat(csp).isEmpty();
        }
    }

    private static void sign(Page page, String name) {
        page.fill("#fullName", name);
        page.check("#consent");
        page.click("[data-sign]");
        page.waitForLoadState();
        assertThat(page.textContent("main [role=status]")).isEqualTo("Қолтаңбаңыз жазылды.");
    }
}
