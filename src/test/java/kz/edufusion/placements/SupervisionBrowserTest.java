package kz.edufusion.placements;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.time.LocalDate;
import java.util.List;
import kz.edufusion.common.web.PlatformTime;
import kz.edufusion.placements.SupervisionFixtures.Supervised;
import kz.edufusion.placements.supervision.EntryCommand;
import kz.edufusion.placements.supervision.TraineeDiary;
import kz.edufusion.support.BrowserJourney;
import kz.edufusion.support.DemoLogins;
import kz.edufusion.support.IntegrationTest;
import kz.edufusion.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In Russian, in a browser: the student logs today with a PNG attached; the mentor, on a 390 x 844 phone, sees it with
 * the other pending entries of their mentees and approves all of them at once, the page never wider than the screen.
 */
@IntegrationTest
class SupervisionBrowserTest extends BrowserJourney {

    static final byte[] PNG = DiaryInputTest.PNG;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.context.ApplicationContext context;
    @Autowired
    TraineeDiary diary;

    @Test
    void theStudentLogsADayAndTheMentorApprovesAllOnAPhone() {
        SupervisionFixtures fixtures = SupervisionFixtures.of(context);
        TestPeople people = fixtures.people();
        String mentor = people.twinEmail("mentor", "Асель Кенжебаева");
        String tutor = people.twinEmail("tutor", "Гульнара Омарова");
        Supervised s = fixtures.active(7, 30, mentor, tutor);
        Supervised other = fixtures.active(7, 30, mentor, tutor);
        LocalDate today = LocalDate.now(PlatformTime.ZONE);
        diary.log(people.user(other.student()), other.placement(), new EntryCommand(today.minusDays(2).toString(), "6",
                "Тестировал мобильное приложение", null), List.of());
        diary.log(people.user(s.student()), s.placement(), new EntryCommand(today.minusDays(1).toString(), "8",
                "Изучал процессы отдела", null), List.of());

        try (BrowserContext studentContext = browser.newContext(new Browser.NewContextOptions().setLocale("ru-RU"));
                BrowserContext phone = browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844)
                        .setIsMobile(true).setHasTouch(true).setLocale("ru-RU"))) {
            Page me = studentContext.newPage();
            List<String> csp = cspViolations(me);
            logIn(me, s.student(), DemoLogins.PASSWORD);
            me.navigate(base() + "/placements/placement/" + s.placement() + "/diary?lang=ru");
            assertThat(me.textContent("main h1")).contains("Студент");
            me.fill("#hours-new", "7,5");
            me.fill("#workDone-new", "Настроил выгрузку отчёта по оттоку абонентов");
            me.setInputFiles("#files-new", new FilePayload("схема.png", "image/png", PNG));
            me.click("[data-new-entry] button[type=submit]");
            me.waitForLoadState();
            assertThat(me.textContent("main [role=status]")).isEqualTo("Запись отправлена наставнику.");
            assertThat(me.textContent("[data-entry='" + today + "']")).contains("7,5 ч").contains("Ждёт наставника").contains("схема.png");
            me.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("supervision-diary-ru.png")).setFullPage(true));

            Page m = phone.newPage();
            csp.addAll(cspViolations(m));
            logIn(m, mentor, DemoLogins.PASSWORD);
            m.navigate(base() + "/placements/supervision?lang=ru");
            assertThat(m.textContent("[data-pending-count]")).isEqualTo("Ждут одобрения: 3");
            assertThat(m.locator("[data-pending]").count()).isEqualTo(3);
            assertThat(m.textContent("[data-pending] >> nth=0")).contains("Настроил выгрузку").contains("схема.png");
            assertThat((Integer) m.evaluate("document.documentElement.scrollWidth")).isLessThanOrEqualTo(390);
            assertThat(m.locator("[data-approve-all]").boundingBox().height).isGreaterThanOrEqualTo(44);
            m.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("supervision-mentor-390.png")).setFullPage(true));
            m.click("[data-approve-all]");
            m.waitForLoadState();
            assertThat(m.textContent("main [role=status]")).isEqualTo("Одобрено.");
            assertThat(m.textContent("[data-pending-count]")).isEqualTo("Ждут одобрения: 0");
            assertThat(m.locator("[data-nothing-pending]").isVisible()).isTrue();

            me.navigate(base() + "/placements/placement/" + s.placement() + "/diary?lang=ru");
            assertThat(me.locator("[data-entry-status=APPROVED]").count()).isEqualTo(2);
            assertThat(csp).isEmpty();
        }
    }
}
