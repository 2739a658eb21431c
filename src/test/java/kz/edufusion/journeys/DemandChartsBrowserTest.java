package kz.edufusion.journeys;

import static kz.edufusion.labormarket.VacancyFixture.JAVA;
import static kz.edufusion.labormarket.VacancyFixture.PYTHON;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kz.edufusion.labormarket.DemandAggregates;
import kz.edufusion.labormarket.VacancyFixture;
import kz.edufusion.support.BrowserJourney;
import kz.edufusion.support.IntegrationTest;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demand overview in a real browser: Chart.js draws every chart under the CSP, and an XLSX downloads. */
@IntegrationTest
class DemandChartsBrowserTest extends BrowserJourney {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DemandAggregates aggregates;

    VacancyFixture fixture;

    @BeforeAll
    void vacancies() {
        fixture = new VacancyFixture(jdbc);
        fixture.vacancy(2).region("KZ-75").salary(400_000).skills(JAVA).insert();
        fixture.vacancy(3).region("KZ-71").salary(500_000).skills(JAVA, PYTHON).insert();
        fixture.vacancy(3).region("KZ-75").skills(PYTHON).insert();
        aggregates.refresh(DemandAggregates.Trigger.ADMIN);
    }

    @Test
    void chartsRenderInRussianAndKazakhAndAnXlsxDownloads() throws Exception {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setAcceptDownloads(true))) {
            Page page = context.newPage();
            List<String> problems = cspViolations(page);
            page.onPageError(problems::add);
            // the browser's own favicon probe is the only request allowed to miss
            page.onResponse(r -> {
                if (r.status() >= 400 && !r.url().endsWith("/favicon.ico")) {
                    problems.add(r.status() + " " + r.url());
                }
            });
            logIn(page, "analyst");
            for (String language : List.of("ru", "kk")) {
                page.navigate(base() + "/demand?from=" + fixture.month(1) + "&to=" + fixture.month(3) + "&lang=" + language);
                assertThat(page.getAttribute("html", "lang")).isEqualTo(language);
                page.waitForSelector("canvas#chart-regions[data-rendered=true]");
                assertThat(page.locator("canvas[data-chart]").count()).isEqualTo(3);
                assertThat(page.locator("canvas[data-rendered=true]").count()).isEqualTo(3);
                int width = ((Number) page.evaluate("document.getElementById('chart-months').width")).intValue();
                assertThat(width).as("Chart.js sized the canvas").isPositive();
                page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                        .setPath(SCREENSHOTS.resolve("demand-overview-" + language + ".png")));
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
}
