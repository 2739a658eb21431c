package kz.edufusion.journeys;

import static kz.edufusion.labormarket.VacancyFixture.JAVA;
import static kz.edufusion.labormarket.VacancyFixture.PYTHON;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kz.edufusion.labormarket.DemandAggregates;
import kz.edufusion.labormarket.VacancyFixture;
import kz.edufusion.support.Browsers;
import kz.edufusion.support.DemoLogins;
import kz.edufusion.support.IntegrationTest;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demand overview in a real browser: Chart.js draws every chart under the CSP, and an XLSX downloads. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemandChartsBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DemandAggregates aggregates;

    Playwright playwright;
    Browser browser;
    VacancyFixture fixture;

    @BeforeAll
    void launch() {
        playwright = Browsers.playwright();
        browser = Browsers.chromium(playwright);
        fixture = new VacancyFixture(jdbc);
        fixture.vacancy(2).region("KZ-75").salary(400_000).skills(JAVA).insert();
        fixture.vacancy(3).region("KZ-71").salary(500_000).skills(JAVA, PYTHON).insert();
        fixture.vacancy(3).region("KZ-75").skills(PYTHON).insert();
        aggregates.refresh(DemandAggregates.Trigger.ADMIN);
    }

    @AfterAll
    void close() {
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void chartsRenderInRussianAndKazakhAndAnXlsxDownloads() throws Exception {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setAcceptDownloads(true))) {
            Page page = context.newPage();
            List<String> problems = new ArrayList<>();
            page.onConsoleMessage(m -> {
                if (m.text().contains("Content Security Policy")) {
                    problems.add(m.text());
                }
            });
            page.onPageError(problems::add);
            // the browser's own favicon probe is the only request allowed to miss
            page.onResponse(r -> {
                if (r.status() >= 400 && !r.url().endsWith("/favicon.ico")) {
                    problems.add(r.status() + " " + r.url());
                }
            });
            logIn(page);
            for (String language : List.of("ru", "kk")) {
                page.navigate(base() + "/demand?from=" + fixture.month(1) + "&to=" + fixture.month(3) + "&lang=" + language);
                assertThat(page.getAttribute("html", "lang")).isEqualTo(language);
                page.waitForSelector("canvas#chart-regions[data-rendered=true]");
                assertThat(page.locator("canvas[data-chart]").count()).isEqualTo(3);
                assertThat(page.locator("canvas[data-rendered=true]").count()).isEqualTo(3);
                int width = ((Number) page.evaluate("document.getElementById('chart-months').width")).intValue();
                assertThat(width).as("Chart.js sized the canvas").isPositive();
                page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                        .setPath(RoleJourneysBrowserTest.SCREENSHOTS.resolve("demand-overview-" + language + ".png")));
            }
            Download download = page.waitForDownload(() -> page.locator("a[href*='/demand/export/top-skills.xlsx']").click());
            assertThat(download.suggestedFilename()).isEqualTo("top-skills.xlsx");
            Path file = download.path();
            try (InputStream in = Files.newInputStream(file); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
                var rows = workbook.getFirstSheet().read();
                assertThat(rows.get(0).getCellText(0)).isEqualTo("Дағды");
                assertThat(rows).hasSize(3);
            }
            assertThat(problems).isEmpty();
        }
    }

    private void logIn(Page page) {
        page.navigate(base() + "/login");
        page.fill("input[name=email]", DemoLogins.email("analyst"));
        page.fill("input[name=password]", DemoLogins.PASSWORD);
        page.click("main form button[type=submit]");
        page.waitForURL(base() + "/");
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
