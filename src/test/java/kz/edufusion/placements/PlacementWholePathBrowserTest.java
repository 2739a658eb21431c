package kz.edufusion.placements;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import kz.edufusion.common.web.PlatformTime;
import kz.edufusion.placements.domain.Offers;
import kz.edufusion.placements.rounds.Rounds;
import kz.edufusion.support.BrowserJourney;
import kz.edufusion.support.DemoLogins;
import kz.edufusion.support.IntegrationTest;
import kz.edufusion.support.TestPeople;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The whole placement path in a browser, once on the Kazakh pages and once on the Russian ones, by six people who
 * each use only their own pages: the company's representative publishes an offer; the coordinator puts it in an
 * allocation round; the student ranks it (their application in that round) and the company scores them; the
 * coordinator closes, runs and publishes the round; tutor and mentor are named; the agreement is prepared and signed
 * by the university, the student and the company; the student logs a day in the diary; the mentor approves all on a
 * phone; mentor and tutor hand in final evaluations; and a visitor who is not signed in verifies the certificate.
 * Expected texts come from the message bundles in the page's language, so a page left in another language fails.
 */
@IntegrationTest
class PlacementWholePathBrowserTest extends BrowserJourney {

    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Offers offers;
    @Autowired
    Rounds rounds;
    @Autowired
    MessageSource messages;

    @ParameterizedTest
    @ValueSource(strings = {"kk", "ru"})
    void offerRoundAgreementDiaryEvaluationCertificate(String lang) throws Exception {
        Locale locale = Locale.forLanguageTag(lang);
        String suffix = UUID.randomUUID().toString().substring(0, 6);
        RoundFixtures fixtures = new RoundFixtures(users, jdbc, offers, rounds);
        TestPeople people = fixtures.people;
        String studentName = "Dana Path " + suffix;
        String student = fixtures.studentEmail("student", studentName);
        String company = people.twinEmail("company", "Timur Path " + suffix);
        String coordinator = people.twinEmail("coordinator", "Yerlan Path " + suffix);
        String mentor = people.twinEmail("mentor", "Asel Path " + suffix);
        String tutor = people.twinEmail("tutor", "Gulnara Path " + suffix);
        String title = (lang.equals("kk") ? "Деректер талдаушысы " : "Аналитик данных ") + suffix;
        LocalDate today = LocalDate.now(PlatformTime.ZONE);
        Browser.NewContextOptions options = new Browser.NewContextOptions().setLocale(lang + "-KZ");
        List<String> csp = new ArrayList<>();

        try (BrowserContext companyContext = browser.newContext(options);
                BrowserContext universityContext = browser.newContext(options);
                BrowserContext studentContext = browser.newContext(new Browser.NewContextOptions().setLocale(lang + "-KZ")
                        .setAcceptDownloads(true));
                BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
                        .setIsMobile(true).setHasTouch(true).setLocale(lang + "-KZ"));
                BrowserContext tutorContext = browser.newContext(options);
                BrowserContext visitorContext = browser.newContext(options)) {
            Page rep = signedIn(companyContext, company, csp);
            Page coord = signedIn(universityContext, coordinator, csp);
            Page me = signedIn(studentContext, student, csp);

            // 1. the offer: started ten days ago, so that today is a working day of the placement
            rep.navigate(base() + "/placements/company/offers/new?lang=" + lang);
            String suffixOfField = lang.equals("kk") ? "Kk" : "Ru";
            rep.fill("#title" + suffixOfField, title);
            rep.fill("#description" + suffixOfField, "SQL, Power BI, mentor");
            rep.selectOption("#type", new SelectOption().setValue("PRODUCTION"));
            rep.selectOption("#regionCode", new SelectOption().setValue("KZ-75"));
            rep.fill("#city", "Алматы");
            rep.fill("#startsOn", today.minusDays(10).toString());
            rep.fill("#endsOn", today.plusDays(20).toString());
            rep.fill("#hoursPerWeek", "30");
            rep.fill("#seats", "1");
            rep.check("#paid");
            rep.fill("#stipendKzt", "90000");
            rep.click("button[name=action][value=save]");
            rep.waitForURL(url -> url.matches(".*/placements/company/offers/[0-9a-f-]{36}$"));
            String offerId = rep.url().substring(rep.url().lastIndexOf('/') + 1);
            rep.click("form[action$='/publish'] button");
            rep.waitForLoadState();
            assertThat(rep.textContent("[data-offer-status]")).isEqualTo(text("placements.offerStatus.PUBLISHED", locale));

            // 2. the round: the coordinator drafts it, takes the offer in and opens it
            coord.navigate(base() + "/placements/rounds/new?lang=" + lang);
            coord.fill("#name", "Round " + suffix);
            coord.fill("#deadline", LocalDateTime.now(PlatformTime.ZONE).plusDays(7).truncatedTo(ChronoUnit.MINUTES)
                    .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")));
            coord.click("[data-round-form] button[type=submit]");
            coord.waitForURL(url -> url.matches(".*/placements/rounds/[0-9a-f-]{36}$"));
            String round = coord.url();
            coord.click("[data-candidate='" + offerId + "'] button");
            coord.waitForLoadState();
            assertThat(coord.locator("[data-round-offer='" + offerId + "']").count()).isEqualTo(1);
            coord.click("[data-open]");
            coord.waitForLoadState();

            // 3. the student's application in the round: they rank the offer
            me.navigate(round + "?lang=" + lang);
            me.click("[data-rankable='" + offerId + "'] [data-rank]");
            me.waitForLoadState();
            assertThat(me.locator("[data-ranked-title]").allTextContents()).containsExactly(title);

            // 4. the company sees who ranked its offer and scores them
            UUID studentId = people.user(student).personId();
            rep.navigate(round + "/offers/" + offerId + "/applicants?lang=" + lang);
            rep.fill("#score-" + studentId, "90");
            rep.click("[data-score-form] button[type=submit]");
            rep.waitForLoadState();
            assertThat(rep.textContent("main [role=status]")).isEqualTo(text("placements.rounds.notice.scoresSaved", locale));

            // 5. close, run, review, publish
            coord.navigate(round + "?lang=" + lang);
            coord.click("[data-close]");
            coord.waitForLoadState();
            assertThat(coord.textContent("main [role=status]")).isEqualTo(text("placements.rounds.notice.closed", locale));
            coord.click("[data-run]");
            coord.waitForLoadState();
            assertThat(coord.textContent("main [role=status]")).isEqualTo(text("placements.rounds.notice.run", locale));
            assertThat(coord.textContent("[data-student-outcome='" + studentName + "']")).contains(title);
            coord.click("[data-publish]");
            coord.waitForLoadState();
            assertThat(coord.textContent("main [role=status]")).isEqualTo(text("placements.rounds.notice.published", locale));

            me.navigate(round + "?lang=" + lang);
            me.click("[data-placement-link]");
            me.waitForURL(url -> url.matches(".*/placements/placement/[0-9a-f-]{36}$"));
            String placement = me.url();
            assertThat(me.getAttribute("[data-placement-status]", "data-placement-status")).isEqualTo("AGREEMENT");

            // 6. the university names the tutor, the company the mentor
            coord.navigate(placement + "?lang=" + lang);
            coord.selectOption("#tutorId", new SelectOption().setValue(people.user(tutor).personId().toString()));
            coord.click("[data-tutor-picker] button[type=submit]");
            coord.waitForLoadState();
            assertThat(coord.textContent("[data-tutor]")).contains(tutor);
            rep.navigate(placement + "?lang=" + lang);
            rep.selectOption("#mentorId", new SelectOption().setValue(people.user(mentor).personId().toString()));
            rep.click("[data-mentor-picker] button[type=submit]");
            rep.waitForLoadState();
            assertThat(rep.textContent("[data-mentor]")).contains(mentor);

            // 7. the tripartite agreement: prepared and sent by the university, then three signatures
            String agreement = placement + "/agreement?lang=" + lang;
            coord.navigate(agreement);
            coord.click("[data-agreement-prepare] button");
            coord.waitForSelector("[data-agreement-form]");
            assertThat(coord.textContent("main [role=status]")).isEqualTo(text("placements.agreements.notice.prepared", locale));
            coord.fill("#tasks", "SQL\nPower BI");
            coord.fill("#tutorName", "Gulnara Path " + suffix);
            coord.fill("#mentorName", "Asel Path " + suffix);
            coord.click("[data-send]");
            coord.waitForSelector("[data-version-sent]");
            sign(coord, "Yerlan Path " + suffix, locale);
            me.navigate(agreement);
            sign(me, studentName, locale);
            rep.navigate(agreement);
            sign(rep, "Timur Path " + suffix, locale);
            assertThat(rep.getAttribute("[data-placement-status]", "data-placement-status")).isEqualTo("ACTIVE");

            // 8. the student logs today in the diary
            me.navigate(placement + "/diary?lang=" + lang);
            me.fill("#hours-new", "8");
            me.fill("#workDone-new", "SQL: " + suffix);
            me.click("[data-new-entry] button[type=submit]");
            me.waitForLoadState();
            assertThat(me.textContent("main [role=status]")).isEqualTo(text("placements.supervision.notice.logged", locale));
            assertThat(me.locator("[data-entry='" + today + "']").count()).isEqualTo(1);

            // 9. the mentor approves everything pending at once, on a phone
            Page m = signedIn(phone, mentor, csp);
            m.navigate(base() + "/placements/supervision?lang=" + lang);
            assertThat(m.locator("[data-pending]").count()).isEqualTo(1);
            m.click("[data-approve-all]");
            m.waitForLoadState();
            assertThat(m.textContent("main [role=status]")).isEqualTo(text("placements.supervision.notice.approved", locale));
            assertThat(m.locator("[data-nothing-pending]").isVisible()).isTrue();
            assertThat((Integer) m.evaluate("document.documentElement.scrollWidth")).isLessThanOrEqualTo(390);

            // 10. the final evaluations of the mentor and the tutor complete the placement
            String evaluation = placement + "/evaluation?lang=" + lang;
            evaluateFinal(m, evaluation, locale);
            assertThat(m.getAttribute("[data-placement-status]", "data-placement-status")).isEqualTo("ACTIVE");
            Page t = signedIn(tutorContext, tutor, csp);
            evaluateFinal(t, evaluation, locale);
            assertThat(t.getAttribute("[data-placement-status]", "data-placement-status")).isEqualTo("COMPLETED");
            t.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("placements-whole-path-" + lang + ".png"))
                    .setFullPage(true));

            // 11. the student's certificate, and its public verification page for anyone
            me.navigate(evaluation);
            Download download = me.waitForDownload(() -> me.click("[data-cert-download=" + lang + "]"));
            byte[] pdf = Files.readAllBytes(download.path());
            assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
            String verification = me.getAttribute("[data-cert-verify]", "href");
            Page visitor = visitorContext.newPage();
            csp.addAll(cspViolations(visitor));
            // the links carry the configured public address; the test server listens elsewhere
            visitor.navigate(base() + java.net.URI.create(verification).getPath() + "?lang=" + lang);
            assertThat(visitor.textContent("main h1")).isEqualTo(text("placements.evaluation.verify.title", locale));
            assertThat(visitor.textContent("[data-cert-holder]")).isEqualTo(studentName);
            assertThat(visitor.textContent("[data-verify-status]")).isEqualTo(text("placements.evaluation.verify.valid", locale));
            // the same certificate as a signed Open Badges credential, verified on its own public page
            String credential = visitor.getAttribute("[data-cert-credential]", "href");
            visitor.navigate(base() + java.net.URI.create(credential).getPath() + "?lang=" + lang);
            assertThat(visitor.getAttribute("[data-verification]", "data-valid")).isEqualTo("true");
            assertThat(visitor.textContent("[data-verdict]")).isEqualTo(text("credentials.verdict.valid", locale));
            assertThat(visitor.textContent("[data-holder]")).isEqualTo(studentName);
            assertThat(csp).isEmpty();
        }
    }

    private Page signedIn(BrowserContext context, String email, List<String> csp) {
        Page page = context.newPage();
        csp.addAll(cspViolations(page));
        logIn(page, email, DemoLogins.PASSWORD);
        return page;
    }

    private void sign(Page page, String name, Locale locale) {
        page.fill("#fullName", name);
        page.check("#consent");
        page.click("[data-sign]");
        page.waitForLoadState();
        assertThat(page.textContent("main [role=status]")).isEqualTo(text("placements.agreements.notice.signed", locale));
    }

    /** The final form with every criterion rated at the top of its scale. */
    private void evaluateFinal(Page page, String evaluation, Locale locale) {
        page.navigate(evaluation);
        page.selectOption("#stage", new SelectOption().setValue("FINAL"));
        Locator criteria = page.locator("[data-evaluation-form] [data-criterion]");
        assertThat(criteria.count()).isPositive();
        for (int i = 0; i < criteria.count(); i++) {
            Locator ratings = criteria.nth(i).locator("input[type=radio]");
            ratings.nth(ratings.count() - 1).check();
        }
        page.fill("#comment", "OK");
        // the mentor's form must fit a phone too (its ratings once overflowed past a floated legend)
        assertThat((Integer) page.evaluate("document.documentElement.scrollWidth"))
                .isLessThanOrEqualTo((Integer) page.evaluate("window.innerWidth"));
        page.click("[data-evaluation-form] button[type=submit]");
        page.waitForURL(evaluation.substring(0, evaluation.indexOf('?')));
        assertThat(page.textContent("main [role=status]")).isEqualTo(text("placements.evaluation.notice.submitted", locale));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
