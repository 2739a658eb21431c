package kz.edufusion.placements;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import java.nio.file.Files;
import java.util.List;
import java.util.UUID;
import kz.edufusion.support.BrowserJourney;
import kz.edufusion.support.DemoLogins;
import kz.edufusion.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * In Kazakh, in a browser: the mentor and the tutor hand in their final evaluations, the placement is COMPLETED,
 * the student downloads the certificate, and a visitor who is not signed in opens its verification page.
 */
@IntegrationTest
class EvaluationBrowserTest extends BrowserJourney {

    static final List<String> OUTCOMES = List.of("ON1", "ON2", "ON3");

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void mentorAndTutorEvaluateTheStudentGetsACertificateAnyoneVerifiesIt() throws Exception {
        String name = "Aruzhan Browser " + UUID.randomUUID().toString().substring(0, 4);
        EvaluationFixtures.Placed placed = new EvaluationFixtures(context)
                .active(name, OUTCOMES);
        String tab = base() + "/placements/placement/" + placed.id() + "/evaluation";
        try (BrowserContext mentorContext = browser.newContext(new Browser.NewContextOptions().setLocale("kk-KZ"));
                BrowserContext tutorContext = browser.newContext(new Browser.NewContextOptions().setLocale("kk-KZ"));
                BrowserContext studentContext = browser.newContext(new Browser.NewContextOptions().setLocale("kk-KZ").setAcceptDownloads(true));
                BrowserContext visitorContext = browser.newContext(new Browser.NewContextOptions().setLocale("kk-KZ"))) {
            Page mentor = mentorContext.newPage();
            List<String> csp = cspViolations(mentor);
            evaluate(mentor, placed.mentorEmail(), tab, 5, 4, 4);
            assertThat(mentor.textContent("main [role=status]")).isEqualTo("Баға тапсырылды.");
            assertThat(mentor.getAttribute("[data-placement-status]", "data-placement-status")).isEqualTo("ACTIVE");

            Page tutor = tutorContext.newPage();
            csp.addAll(cspViolations(tutor));
            evaluate(tutor, placed.tutorEmail(), tab, 4, 4, 3);
            assertThat(tutor.getAttribute("[data-placement-status]", "data-placement-status")).isEqualTo("COMPLETED");
            assertThat(tutor.textContent("[data-evaluation-result]")).contains("Практика аяқталды.", "75.00 %");
            tutor.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("placements-evaluation-kk.png")).setFullPage(true));

            Page student = studentContext.newPage();
            csp.addAll(cspViolations(student));
            logIn(student, placed.studentEmail(), DemoLogins.PASSWORD);
            student.navigate(tab + "?lang=kk");
            assertThat(student.locator("[data-form]").count()).isEqualTo(2);
            Download download = student.waitForDownload(() -> student.click("[data-cert-download=kk]"));
            byte[] pdf = Files.readAllBytes(download.path());
            assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            String verifyHref = student.getAttribute("[data-cert-verify]", "href");
            String code = verifyHref.substring(verifyHref.lastIndexOf('/') + 1);
            assertThat(code).matches("[a-z2-7]{26}");

            Page visitor = visitorContext.newPage();
            csp.addAll(cspViolations(visitor));
            visitor.navigate(base() + "/verify/placements/" + code + "?lang=kk");
            assertThat(visitor.textContent("main h1")).isEqualTo("Практика сертификатын тексеру");
            assertThat(visitor.textContent("[data-cert-holder]")).isEqualTo(name);
            assertThat(visitor.textContent("[data-cert-result]")).isEqualTo("Аяқталды, 75.00 %");
            assertThat(visitor.textContent("[data-verify-status]")).isEqualTo("Сертификатты EduFusion берген және ол жарамды.");
            visitor.click("[data-lang=en]");
            visitor.waitForLoadState();
            assertThat(visitor.textContent("main h1")).isEqualTo("Practice certificate verification");
            visitor.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("placements-verify-en.png")).setFullPage(true));
            assertThat(csp).isEmpty();
        }
    }

    private void evaluate(Page page, String email, String tab, int... ratings) {
        logIn(page, email, DemoLogins.PASSWORD);
        page.navigate(tab + "?lang=kk");
        assertThat(page.textContent("main h1")).contains("Kcell");
        page.selectOption("#stage", new SelectOption().setValue("FINAL"));
        for (int i = 0; i < OUTCOMES.size(); i++) {
            page.check("[data-criterion='OUTCOME:" + OUTCOMES.get(i) + "'] input[value='" + ratings[i] + "']");
        }
        page.fill("#comment", "Жақсы жұмыс.");
        page.click("[data-evaluation-form] button[type=submit]");
        page.waitForURL(tab);
    }
}
