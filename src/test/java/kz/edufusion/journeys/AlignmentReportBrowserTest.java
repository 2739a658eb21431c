package kz.edufusion.journeys;

import static kz.edufusion.labormarket.VacancyFixture.JAVA;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import kz.edufusion.alignment.national.NationalFixture;
import kz.edufusion.labormarket.DemandAggregates;
import kz.edufusion.support.BrowserJourney;
import kz.edufusion.support.IntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The analyst's journey: the national view in Kazakh with its heat map and chart under the CSP, then a quarterly
 * report generated, published, read in Russian and downloaded as a PDF whose text is Russian.
 */
@IntegrationTest
class AlignmentReportBrowserTest extends BrowserJourney {

    static final String QUARTER = "1987-Q1";

    @Autowired JdbcTemplate jdbc;
    @Autowired DemandAggregates aggregates;
    @Autowired TransactionTemplate transactions;

    NationalFixture fixture;

    @BeforeAll
    void data() {
        fixture = new NationalFixture(jdbc);
        UUID program = fixture.program("6B06965", "KZ-75", "EXISTING", 40, 30, List.of("2512"), List.of("J"));
        fixture.score(program, "6B06965", "KZ-75", 55.0);
        fixture.vacancies(YearMonth.of(1987, 2), "KZ-75", "2512", "J", 4, JAVA);
        aggregates.refresh(DemandAggregates.Trigger.ADMIN);
    }

    @AfterAll
    void remove() {
        if (fixture == null) {
            return;
        }
        transactions.executeWithoutResult(tx -> {
            jdbc.execute("SET LOCAL edufusion.report_purge = 'on'");
            jdbc.update("DELETE FROM alignment.quarterly_report WHERE quarter = ?", QUARTER);
        });
        fixture.remove();
        aggregates.refresh(DemandAggregates.Trigger.ADMIN);
    }

    @Test
    void analystSeesTheHeatMapThenPublishesAndDownloadsTheQuarterlyReport() throws Exception {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setAcceptDownloads(true))) {
            Page page = context.newPage();
            List<String> problems = cspViolations(page);
            page.onPageError(problems::add);
            logIn(page, "analyst");

            page.navigate(base() + "/alignment?from=1987-01&to=1987-06&lang=kk");
            assertThat(page.getAttribute("html", "lang")).isEqualTo("kk");
            assertThat(page.locator("table[data-table=heatmap] td[data-field='06'][data-region='KZ-75']").count()).isEqualTo(1);
            assertThat(page.locator("[data-legend=heat] li").count()).isEqualTo(7);
            page.waitForSelector("canvas#chart-fields[data-rendered=true]");
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve("alignment-national-kk.png")));

            page.navigate(base() + "/alignment/reports?lang=ru");
            page.fill("#report-quarter", QUARTER);
            page.click("[data-action=generate-report]");
            page.waitForURL(base() + "/alignment/reports/" + QUARTER);
            assertThat(page.getAttribute("[data-status]", "data-status")).isEqualTo("DRAFT");
            page.click("[data-action=publish-report]");
            page.waitForSelector("[data-status=PUBLISHED]");
            assertThat(page.textContent("#report-heading")).isEqualTo("Анализ рынка труда за " + QUARTER);
            assertThat(page.textContent("[data-figure=report-vacancies]")).isEqualTo("4");
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(SCREENSHOTS.resolve("alignment-report-ru.png")));

            APIResponse response = context.request().get(base() + "/alignment/reports/" + QUARTER + ".pdf?language=ru");
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.headers().get("content-type")).isEqualTo("application/pdf");
            Download download = page.waitForDownload(() -> page.click("#pdf-ru"));
            assertThat(download.suggestedFilename()).isEqualTo("edufusion-labor-market-" + QUARTER + "-ru.pdf");
            try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
                assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                        .contains("Анализ рынка труда за " + QUARTER, "Спрос на рынке труда");
            }
            assertThat(problems).isEmpty();
        }
    }
}
