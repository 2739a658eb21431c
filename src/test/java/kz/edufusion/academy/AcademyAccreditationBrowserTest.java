package kz.edufusion.academy;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.List;
import kz.edufusion.common.web.PlatformTime;
import kz.edufusion.support.BrowserJourney;
import kz.edufusion.support.DemoLogins;
import kz.edufusion.support.IntegrationTest;
import kz.edufusion.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Accreditation in a browser, end to end: an educator (English pages) writes a course with a lesson and a quiz whose
 * completion rule needs the quiz passed, publishes it and submits it for accreditation; a QA reviewer (Kazakh pages)
 * gives a verdict on every criterion and approves it for three years; a student (Russian pages) finds it in the
 * catalog under "accredited only", enrolls, passes the quiz, completes the course and opens the public verification
 * page of the certificate, which says valid.
 */
@IntegrationTest
class AcademyAccreditationBrowserTest extends BrowserJourney {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    @Test
    void aCourseIsAccreditedAndItsCertificateVerifies() {
        TestPeople people = new TestPeople(jdbc, users);
        String educator = people.twinEmail("educator", "Dana Author");
        String reviewer = people.twinEmail("reviewer", "Saule Reviewer");
        String student = people.twinEmail("student", "Aruzhan Learner");
        String title = AcademyFixtures.unique("Green hydrogen");
        String titleKk = AcademyFixtures.unique("Жасыл сутегі");
        LocalDate today = LocalDate.now(PlatformTime.ZONE);
        try (BrowserContext authorContext = browser.newContext(new Browser.NewContextOptions().setLocale("en-GB"));
                BrowserContext reviewerContext = browser.newContext(new Browser.NewContextOptions().setLocale("kk-KZ"));
                BrowserContext learnerContext = browser.newContext(new Browser.NewContextOptions().setLocale("ru-RU"))) {
            Page author = authorContext.newPage();
            List<String> csp = cspViolations(author);
            logIn(author, educator, DemoLogins.PASSWORD);
            author.navigate(base() + "/academy/teach/new?lang=en");
            author.fill("#titleEn", title);
            author.fill("#titleKk", titleKk);
            author.fill("#summaryEn", "Electrolysis, storage and the hydrogen economy.");
            author.selectOption("#level", "INTRODUCTORY");
            author.fill("#hours", "20");
            author.fill("#ects", "1");
            author.check("input[name=languages][value=en]");
            author.check("input[name=languages][value=kk]");
            author.fill("#tags", "hydrogen, energy");
            author.click("[data-course-form] button[type=submit]");
            author.waitForURL(url -> url.matches(".*/academy/teach/courses/[0-9a-f-]{36}$"));
            String overview = author.url();
            author.fill("[data-module-form] #titleEn", "Electrolysis");
            author.click("[data-module-form] button[type=submit]");
            author.waitForLoadState();
            author.click("[data-add-lesson]");
            author.fill("#titleEn", "Splitting water");
            author.fill("#bodyEn", "# Electrolysis\n\nCurrent splits **water** into hydrogen and oxygen.");
            author.click("[data-lesson-form] button[type=submit]");
            author.waitForURL(url -> url.matches(".*/academy/teach/lessons/[0-9a-f-]{36}$"));
            author.navigate(overview);
            author.fill("[data-outcome-form] #textEn", "Explains how electrolysis makes hydrogen");
            author.fill("[data-outcome-form] #skill", "Python (computer programming)");
            author.click("[data-outcome-form] button[type=submit]");
            author.waitForLoadState();

            // a quiz of one question, and the rule that the course is complete when every quiz is passed
            author.click("[data-quizzes-link]");
            author.fill("[data-quiz-form] #titleEn", "Check yourself");
            author.fill("[data-quiz-form] #passPercent", "100");
            author.fill("[data-quiz-form] #maxAttempts", "3");
            author.fill("[data-quiz-form] #drawCount", "1");
            author.click("[data-quiz-form] button[type=submit]");
            author.waitForURL(url -> url.matches(".*/academy/teach/quizzes/[0-9a-f-]{36}$"));
            author.selectOption("[data-question-form] #kind", "SINGLE_CHOICE");
            author.fill("[data-question-form] #points", "1");
            author.fill("[data-question-form] #textEn", "Which gas forms at the cathode?");
            author.fill("[data-question-form] #options", "Oxygen\n*Hydrogen");
            author.click("[data-question-form] button[type=submit]");
            author.waitForLoadState();
            assertThat(author.locator("[data-questions] > li").count()).isEqualTo(1);
            author.navigate(overview);
            author.click("[data-quizzes-link]");
            author.check("#rule-PASSED");
            author.click("[data-rule-form] button[type=submit]");
            author.waitForLoadState();
            assertThat(author.isChecked("#rule-PASSED")).isTrue();
            author.navigate(overview);
            author.click("[data-publish]");
            author.waitForLoadState();
            assertThat(author.textContent("main [role=status]")).isEqualTo("Version published; it is in the catalog.");

            author.click("[data-accreditation-link]");
            author.waitForURL(url -> url.matches(".*/academy/accreditation/courses/[0-9a-f-]{36}$"));
            String history = author.url();
            author.fill("#note", "Ready for review: every outcome is assessed by the quiz.");
            author.click("[data-submit]");
            author.waitForLoadState();
            assertThat(author.textContent("main [role=status]")).isEqualTo("Submitted for accreditation.");
            assertThat(author.getAttribute("[data-history-submission] [data-submission-status]", "data-status")).isEqualTo("SUBMITTED");
            assertThat(author.locator("[data-submit-form]").count()).isZero();

            Page qa = reviewerContext.newPage();
            csp.addAll(cspViolations(qa));
            logIn(qa, reviewer, DemoLogins.PASSWORD);
            qa.navigate(base() + "/academy/accreditation?lang=kk");
            assertThat(qa.textContent("main h1")).isEqualTo("Аккредиттеу кезегі");
            qa.click("[data-queue] a:text('" + titleKk + "')");
            qa.waitForURL(url -> url.matches(".*/academy/accreditation/submissions/[0-9a-f-]{36}$"));
            Locator criteria = qa.locator("[data-criterion]");
            assertThat(criteria.count()).isGreaterThanOrEqualTo(8);
            assertThat(qa.textContent("[data-criterion=OUTCOMES_MAPPED] legend"))
                    .isEqualTo("Оқу нәтижелері анықталған және дағдылар таксономиясымен байланыстырылған");
            // a verdict short of met without a comment is refused, and the page says which criterion needs one
            for (int i = 0; i < criteria.count(); i++) {
                String code = criteria.nth(i).getAttribute("data-criterion");
                qa.check("#verdict-" + code + "-" + (code.equals("ACCESSIBILITY") ? "PARTLY_MET" : "MET"));
            }
            qa.click("[data-save-review]");
            qa.waitForLoadState();
            assertThat(qa.textContent("[data-criterion=ACCESSIBILITY] [data-problem]"))
                    .isEqualTo("«Орындалды» деңгейінен төмен бағаға түсініктеме керек.");
            qa.fill("#comment-ACCESSIBILITY", "Add captions to the lesson video before the next version.");
            qa.click("[data-save-review]");
            qa.waitForLoadState();
            assertThat(qa.textContent("main [role=status]")).isEqualTo("Рецензия сақталды.");
            assertThat(qa.isChecked("#verdict-ACCESSIBILITY-PARTLY_MET")).isTrue();
            qa.check("#decision-APPROVED");
            qa.fill("#validFrom", today.toString());
            qa.fill("#validUntil", today.plusYears(3).toString());
            qa.click("[data-decide]");
            qa.waitForURL(history);
            assertThat(qa.textContent("main [role=status]")).isEqualTo("Шешім жазылды; курс авторына хабарланды.");
            assertThat(qa.getAttribute("[data-decision]", "data-value")).isEqualTo("APPROVED");
            assertThat(qa.textContent("[data-accreditation-detail]"))
                    .isEqualTo("Тәуелсіз аккредиттеу және рейтинг агенттігі " + today.plusYears(3) + " дейін аккредиттеген");
            qa.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("academy-accreditation-kk.png")).setFullPage(true));

            // the owner reads the decision with the per-criterion comments
            author.navigate(history);
            assertThat(author.textContent("[data-review-item=ACCESSIBILITY] [data-comment]"))
                    .isEqualTo("Add captions to the lesson video before the next version.");
            assertThat(author.textContent("[data-review-item=ACCESSIBILITY] [data-verdict]")).isEqualTo("Partly met");

            Page me = learnerContext.newPage();
            csp.addAll(cspViolations(me));
            logIn(me, student, DemoLogins.PASSWORD);
            me.navigate(base() + "/academy?lang=ru");
            me.fill("#q", title);
            me.check("#accredited");
            me.click("[data-catalog-filters] button[type=submit]");
            me.waitForLoadState();
            assertThat(me.locator("[data-course-card]").count()).isEqualTo(1);
            assertThat(me.textContent("[data-course-card] [data-accredited]")).isEqualTo("Аккредитован");
            // no Russian title: the page falls back to the Kazakh one
            me.click("[data-course-card] a:text('" + titleKk + "')");
            me.waitForLoadState();
            assertThat(me.textContent("[data-accreditation-detail]"))
                    .isEqualTo("Аккредитован агентством Независимое агентство аккредитации и рейтинга до " + today.plusYears(3));
            me.click("[data-enroll]");
            me.waitForLoadState();
            me.click("[data-start-quiz]");
            me.waitForURL(url -> url.matches(".*/academy/attempts/[0-9a-f-]{36}$"));
            me.click("[data-attempt-form] label:text('Hydrogen')");
            me.click("[data-submit-attempt]");
            me.waitForLoadState();
            assertThat(me.locator("[data-passed]").count()).isEqualTo(1);

            me.navigate(base() + "/academy/my?lang=ru");
            var card = me.locator("[data-my-course]").filter(new Locator.FilterOptions().setHasText(titleKk));
            String credential = card.locator("[data-course-credential]").getAttribute("href");
            Page check = learnerContext.newPage();
            check.navigate(base() + java.net.URI.create(credential).getPath() + "?lang=ru");
            assertThat(check.getAttribute("[data-verification]", "data-valid")).isEqualTo("true");
            assertThat(check.textContent("[data-holder]")).isEqualTo("Aruzhan Learner");
            check.close();
            assertThat(csp).isEmpty();
        }
    }
}
