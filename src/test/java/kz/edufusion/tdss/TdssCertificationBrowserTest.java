package kz.edufusion.tdss;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.SelectOption;
import java.time.LocalDate;
import java.util.List;
import kz.edufusion.support.BrowserJourney;
import kz.edufusion.support.DemoLogins;
import kz.edufusion.support.IntegrationTest;
import kz.edufusion.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The PROOF of certification, as people do it: an educator, in Russian, rates herself, plans a goal, records an
 * external training that her coordinator confirms, applies for the national scheme, attaches her portfolio and submits;
 * the certification body, in English, records the assessment and certifies her with reasons; her wallet shows the
 * credential, the public verification page says valid; the body revokes it and the page says revoked.
 */
@IntegrationTest
class TdssCertificationBrowserTest extends BrowserJourney {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes();

    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService users;

    @Test
    void anEducatorIsTrainedCertifiedAndRevokedWhileAnyoneCanVerify() {
        TestPeople people = new TestPeople(jdbc, users);
        String educatorEmail = people.twinEmail("educator", "Гульмира Серікова");
        String coordinatorEmail = people.twinEmail("coordinator2", "Бахыт Координатор");
        String reviewerEmail = people.twinEmail("reviewer", "Certifying Reviewer");
        LocalDate today = LocalDate.now();

        try (BrowserContext educatorContext = browser.newContext(new Browser.NewContextOptions().setLocale("ru-RU"));
                BrowserContext coordinatorContext = browser.newContext(new Browser.NewContextOptions().setLocale("ru-RU"));
                BrowserContext reviewerContext = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"));
                BrowserContext visitorContext = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"))) {
            Page educator = educatorContext.newPage();
            List<String> csp = cspViolations(educator);
            logIn(educator, educatorEmail, DemoLogins.PASSWORD);

            // self-assessment in Russian
            educator.navigate(base() + "/tdss/self-assessment?framework=DIGCOMPEDU&lang=ru");
            for (Locator select : educator.locator("[data-form=self-assessment] select").all()) {
                select.selectOption("B1");
            }
            educator.click("[data-form=self-assessment] button[type=submit]");
            educator.waitForLoadState();
            assertThat(educator.textContent("main [role=status]")).contains("Самооценка сохранена.");

            // a development plan with a goal
            educator.navigate(base() + "/tdss/plans?lang=ru");
            educator.selectOption("#plan-framework", "DIGCOMPEDU");
            educator.fill("#plan-start", today.withDayOfYear(1).toString());
            educator.fill("#plan-end", today.withDayOfYear(1).plusYears(1).minusDays(1).toString());
            educator.click("[data-form=new-plan] button[type=submit]");
            educator.waitForURL(url -> url.matches(".*/tdss/plans/[0-9a-f-]{36}.*"));
            educator.selectOption("#goal-competence", "3.1");
            educator.selectOption("#goal-level", "B2");
            educator.fill("#goal-due", today.withDayOfYear(1).plusMonths(6).toString());
            educator.fill("#goal-description", "Провести два проектных модуля со студентами-инженерами.");
            educator.click("[data-form=goal] button[type=submit]");
            educator.waitForLoadState();
            assertThat(educator.locator("[data-goal]").count()).isEqualTo(1);
            assertThat(educator.textContent("[data-goal]")).contains("3.1");

            // an external training with hours and evidence
            educator.navigate(base() + "/tdss/training?lang=ru");
            educator.fill("#ext-title", "Активное обучение в инженерных дисциплинах");
            educator.fill("#ext-provider", "НЦПК «Өрлеу»");
            educator.selectOption("#ext-level", "NATIONAL");
            educator.fill("#ext-hours", "80");
            educator.fill("#ext-date", today.minusMonths(1).toString());
            educator.setInputFiles("#ext-file", new FilePayload("certificate.pdf", "application/pdf", PDF));
            educator.click("[data-form=external] button[type=submit]");
            educator.waitForLoadState();
            String record = educator.getAttribute("[data-record]", "data-record");
            assertThat(educator.textContent("[data-record='" + record + "']")).contains("80");

            // the coordinator of her institution confirms it
            Page coordinator = coordinatorContext.newPage();
            csp.addAll(cspViolations(coordinator));
            logIn(coordinator, coordinatorEmail, DemoLogins.PASSWORD);
            coordinator.navigate(base() + "/tdss/review?lang=ru");
            coordinator.click("[data-record='" + record + "'] form[action$='/confirm'] button");
            coordinator.waitForLoadState();
            assertThat(coordinator.locator("[data-record='" + record + "']").count()).isZero();

            // she applies for the national scheme: the hours are met, she attaches her portfolio and submits
            educator.navigate(base() + "/tdss/certification?lang=ru");
            Locator scheme = educator.locator("[data-scheme=TDSS-NATIONAL-PEDAGOGY]");
            assertThat(scheme.locator("[data-requirement=minHours]").getAttribute("data-met")).isEqualTo("true");
            assertThat(scheme.locator("[data-requirement=minHours]").textContent()).contains("Подтверждённое обучение");
            educator.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("tdss-certification-schemes-ru.png")).setFullPage(true));
            scheme.locator("[data-form=apply] button").click();
            educator.waitForURL(url -> url.matches(".*/tdss/certification/applications/[0-9a-f-]{36}.*"));
            String application = educator.url().replaceAll(".*/applications/([0-9a-f-]{36}).*", "$1");
            educator.setInputFiles("#portfolio-file", new FilePayload("portfolio.pdf", "application/pdf", PDF));
            educator.click("[data-form=portfolio] button[type=submit]");
            educator.waitForLoadState();
            assertThat(educator.textContent("[data-evidence-list]")).contains("portfolio.pdf");
            educator.click("[data-form=submit] button[type=submit]");
            educator.waitForLoadState();
            assertThat(educator.getAttribute("[data-status]", "data-value")).isEqualTo("SUBMITTED");
            assertThat(educator.textContent("[data-status]")).isEqualTo("Отправлена");
            educator.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("tdss-certification-submitted-ru.png")).setFullPage(true));

            // the certification body, in English, assesses and certifies
            Page reviewer = reviewerContext.newPage();
            csp.addAll(cspViolations(reviewer));
            logIn(reviewer, reviewerEmail, DemoLogins.PASSWORD);
            reviewer.navigate(base() + "/tdss/certification/queue?lang=en");
            reviewer.click("[data-queue] [data-application='" + application + "'] a");
            reviewer.waitForURL(url -> url.contains("/tdss/certification/applications/" + application));
            reviewer.fill("#score", "88");
            reviewer.selectOption("#observation", "PASSED");
            reviewer.fill("#observationNote", "A well-run project lesson");
            reviewer.selectOption("#portfolio", "ACCEPTED");
            reviewer.click("[data-form=assessment] button[type=submit]");
            reviewer.waitForLoadState();
            assertThat(reviewer.textContent("main [role=status]")).contains("The assessment is saved.");
            assertThat(reviewer.textContent("[data-score]")).contains("88 of 100");
            reviewer.selectOption("#outcome", new SelectOption().setValue("CERTIFIED"));
            reviewer.fill("#reasons", "80 confirmed hours, score 88 of 100, observed lesson passed, portfolio accepted.");
            reviewer.click("[data-form=decision] button[type=submit]");
            reviewer.waitForLoadState();
            assertThat(reviewer.textContent("[data-status]")).isEqualTo("Certified");
            assertThat(reviewer.textContent("[data-reasons]")).contains("score 88 of 100");
            String credential = reviewer.getAttribute("[data-credential]", "data-credential");
            assertThat(credential).isNotBlank();
            reviewer.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("tdss-certification-certified-en.png")).setFullPage(true));

            // the educator sees it in her wallet
            educator.navigate(base() + "/credentials/wallet?lang=ru");
            assertThat(educator.locator("[data-credential='" + credential + "']").count()).isEqualTo(1);
            assertThat(educator.textContent("[data-credential='" + credential + "']")).contains("National certificate in modern pedagogy");

            // anyone verifies it
            Page visitor = visitorContext.newPage();
            csp.addAll(cspViolations(visitor));
            visitor.navigate(base() + "/verify/credentials/" + credential + "?lang=en");
            assertThat(visitor.textContent("[data-verdict]").strip()).isEqualTo("Valid credential: every check passed.");

            // the body revokes it: the verification page says revoked
            reviewer.fill("#revoke-reason", "The portfolio was not the educator's own work.");
            reviewer.click("[data-form=revoke] button[type=submit]");
            reviewer.waitForLoadState();
            assertThat(reviewer.textContent("[data-status]")).isEqualTo("Revoked");
            visitor.reload();
            assertThat(visitor.getAttribute("[data-check=STATUS]", "data-reason")).isEqualTo("REVOKED");
            assertThat(visitor.textContent("[data-verdict]")).contains("Revoked by the issuer.");
            assertThat(visitor.textContent("[data-revoked-reason]")).contains("The portfolio was not the educator's own work.");
            visitor.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("tdss-certification-revoked.png")).setFullPage(true));

            educator.navigate(base() + "/tdss/certification/applications/" + application + "?lang=ru");
            assertThat(educator.textContent("[data-status]")).isEqualTo("Отозвана");

            // the ministry's analyst follows the targets (in Kazakh)
            try (BrowserContext analystContext = browser.newContext(new Browser.NewContextOptions().setLocale("kk-KZ"))) {
                Page analyst = analystContext.newPage();
                csp.addAll(cspViolations(analyst));
                logIn(analyst, "analyst");
                analyst.navigate(base() + "/tdss/certification/progress?lang=kk");
                assertThat(analyst.textContent("[data-figure=certified]")).contains("200");
                assertThat(analyst.locator("[data-institutions] [data-institution]").count()).isPositive();
                analyst.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("tdss-certification-targets-kk.png")).setFullPage(true));
            }
            assertThat(csp).isEmpty();
        }
    }
}
