package kz.edufusion.placements;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.List;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.placements.domain.OfferView;
import kz.edufusion.placements.domain.Offers;
import kz.edufusion.placements.rounds.RoundView;
import kz.edufusion.placements.rounds.Rounds;
import kz.edufusion.support.BrowserJourney;
import kz.edufusion.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * An allocation round in a browser, in Russian: the student ranks two offers of an open round (and moves the second
 * up), the coordinator closes the rankings, runs the allocation, reviews the result and publishes it, and the student
 * sees where they were placed and opens the placement.
 */
@IntegrationTest
class RoundJourneyBrowserTest extends BrowserJourney {

    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Offers offers;
    @Autowired
    Rounds rounds;

    @Test
    void rankCloseRunReviewPublish() {
        RoundFixtures fixtures = new RoundFixtures(users, jdbc, offers, rounds);
        String coordinatorEmail = fixtures.people.twinEmail("coordinator", "Ерлан Раундов");
        CurrentUser coordinator = fixtures.people.user(coordinatorEmail);
        OfferView backend = fixtures.offer("Бэкенд-стажировка", 1, fixtures.demoSkills(), 2);
        OfferView testing = fixtures.offer("Тестирование", 2);
        RoundView round = fixtures.openRound(coordinator, backend, testing);
        String studentEmail = fixtures.studentEmail("student", "Асель Раундова");

        try (BrowserContext studentContext = browser.newContext(new Browser.NewContextOptions().setLocale("ru-RU"));
                BrowserContext coordinatorContext = browser.newContext(new Browser.NewContextOptions().setLocale("ru-RU"))) {
            Page me = studentContext.newPage();
            List<String> csp = cspViolations(me);
            logIn(me, studentEmail, RoundFixtures.password());
            me.navigate(base() + "/placements/rounds?lang=ru");
            assertThat(me.textContent("main h1")).isEqualTo("Раунды распределения");
            me.click("[data-my-round] a:text('" + round.name() + "')");
            me.waitForURL(base() + "/placements/rounds/" + round.id());
            assertThat(me.textContent("[data-rankable='" + backend.id() + "'] [data-match]")).isEqualTo("Совпадение навыков 100 %");
            me.click("[data-rankable='" + backend.id() + "'] [data-rank]");
            me.waitForLoadState();
            assertThat(me.textContent("main [role=status]")).isEqualTo("Ваш список сохранён.");
            me.click("[data-rankable='" + testing.id() + "'] [data-rank]");
            me.waitForLoadState();
            me.click("[data-ranked='" + testing.id() + "'] [data-up]");
            me.waitForLoadState();
            assertThat(me.locator("[data-ranked-title]").allTextContents())
                    .containsExactly(testing.title().in("ru"), backend.title().in("ru"));
            me.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("rounds-ranking-ru.png")).setFullPage(true));

            Page coord = coordinatorContext.newPage();
            csp.addAll(cspViolations(coord));
            logIn(coord, coordinatorEmail, RoundFixtures.password());
            coord.navigate(base() + "/placements/rounds/" + round.id() + "?lang=ru");
            assertThat(coord.textContent("[data-ranked-count]")).isEqualTo("Студентов, составивших список: 1");
            coord.click("[data-close]");
            coord.waitForLoadState();
            assertThat(coord.textContent("main [role=status]")).isEqualTo("Ранжирование закрыто.");
            coord.click("[data-run]");
            coord.waitForLoadState();
            assertThat(coord.textContent("main [role=status]")).isEqualTo("Распределение выполнено: проверьте результат ниже.");
            assertThat(coord.textContent("[data-summary]")).startsWith("Студентов со списком: 1, размещено 1, без места 0");
            assertThat(coord.textContent("[data-student-outcome='Асель Раундова']"))
                    .contains(testing.title().in("ru") + " (выбор № 1)");
            coord.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("rounds-review-ru.png")).setFullPage(true));
            coord.click("[data-publish]");
            coord.waitForLoadState();
            assertThat(coord.textContent("main [role=status]")).isEqualTo("Опубликовано: места практики созданы.");
            assertThat(coord.textContent("[data-round-status]")).isEqualTo("Опубликован");

            me.navigate(base() + "/placements/rounds/" + round.id() + "?lang=ru");
            assertThat(me.textContent("[data-result-offer]")).isEqualTo(testing.title().in("ru") + " (ваш выбор № 1)");
            me.click("[data-placement-link]");
            me.waitForURL(url -> url.matches(".*/placements/placement/[0-9a-f-]{36}$"));
            assertThat(me.textContent("[data-placement-heading]")).contains("Асель Раундова");
            assertThat(csp).isEmpty();
        }
    }
}
