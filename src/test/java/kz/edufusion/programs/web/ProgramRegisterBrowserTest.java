package kz.edufusion.programs.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import kz.edufusion.programs.imports.Sheet;
import kz.edufusion.programs.imports.Workbooks;
import kz.edufusion.support.BrowserJourney;
import kz.edufusion.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * The coordinator's journey from the register to the labor market, in Russian and then Kazakh: upload a workbook
 * with a bad row, read the rejection, open the imported program's skill review, confirm a proposal with a level,
 * then the rest at once; accept a suggested target occupation; read the program's gap analysis (recomputed by the
 * change) in Russian and Kazakh; and download the quarterly labor-market analysis an analyst published, as a PDF.
 */
@IntegrationTest
class ProgramRegisterBrowserTest extends BrowserJourney {

    @Autowired
    JdbcTemplate jdbc;

    /** A quarter no other test publishes: a published report can only be removed through the purge path. */
    private static final String QUARTER = "1988-Q3";

    @Autowired
    TransactionTemplate transactions;
    @AfterEach
    void removeImportedProgramAndReport() {
        jdbc.queryForList("SELECT id FROM programs.program WHERE code = '6B06188'", java.util.UUID.class).forEach(id -> {
            jdbc.update("DELETE FROM alignment.program_gap WHERE program_id = ?", id);
            jdbc.update("DELETE FROM alignment.program_score WHERE program_id = ?", id);
        });
        jdbc.update("DELETE FROM programs.program WHERE code = '6B06188'");
        transactions.executeWithoutResult(tx -> {
            jdbc.execute("SET LOCAL edufusion.report_purge = 'on'");
            jdbc.update("DELETE FROM alignment.quarterly_report WHERE quarter = ?", QUARTER);
        });
    }

    @Test
    void theCoordinatorImportsAWorkbookConfirmsSkillsAndReadsTheGapAnalysis() throws IOException {
        Path file = Files.createTempFile("programs-", ".xlsx");
        Files.write(file, workbook());
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("ru-RU"))) {
            Page page = context.newPage();
            List<String> cspViolations = cspViolations(page);
            logIn(page, "coordinator");
            page.navigate(base() + "/programs/import?lang=ru");
            assertThat(page.textContent("main h1")).isEqualTo("Импорт и экспорт программ");
            page.setInputFiles("#import-files", file);
            page.click("[data-form=import] button[type=submit]");
            page.waitForSelector("[data-report]");
            assertThat(page.textContent("[data-report]")).contains("Создано программ: 1");
            assertThat(page.locator("[data-table=rejections] tbody tr").count()).isEqualTo(1);
            assertThat(page.textContent("[data-table=rejections] tbody tr")).contains("Programs").contains("3")
                    .contains("область образования");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("programs-import-ru.png")).setFullPage(true));

            page.navigate(base() + "/programs?q=6B06188");
            page.click("[data-table=programs] a:has-text('6B06188')");
            page.click("a:has-text('Проверка навыков')");
            page.waitForSelector("[data-open-proposals]");
            // the status line is at the top: the page may still be arriving when it shows, so wait for the whole page
            page.waitForLoadState();
            page.waitForSelector("tr[data-status=PROPOSED]", new Page.WaitForSelectorOptions().setTimeout(10_000));
            var first = page.locator("tr[data-status=PROPOSED]").first();
            String skill = first.getAttribute("data-skill");
            first.locator("select[name=level]").selectOption(new SelectOption().setValue("PRACTICED"));
            first.locator("button:has-text('Подтвердить')").click();
            page.waitForSelector("[role=status]:has-text('Навык подтверждён')");
            assertThat(page.locator("tr[data-status=CONFIRMED][data-skill='" + skill + "']").first().textContent())
                    .contains("Практика");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("programs-skills-ru.png")).setFullPage(true));

            page.navigate(page.url().replaceAll("\\?.*$", "") + "?lang=kk");
            assertThat(page.textContent("main h1")).contains("бағдарламасының дағдылары");
            if (page.locator("tr[data-status=PROPOSED]").count() > 0) {
                page.selectOption("#confirm-all-level", new SelectOption().setValue("MASTERED"));
                page.click("button:has-text('Барлық ұсыныстарды растау')");
                page.waitForSelector("[role=status]:has-text('Барлық ұсыныстар расталды')");
            }
            assertThat(page.textContent("[data-open-proposals]")).isEqualTo("Тексерілмеген ұсыныстар: 0");
            assertThat(page.locator("tr[data-status=CONFIRMED]").count()).isGreaterThanOrEqualTo(2);
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("programs-skills-kk.png")).setFullPage(true));

            String program = page.url().replaceAll("^.*/programs/([0-9a-f-]{36})/.*$", "$1");
            page.navigate(base() + "/programs/" + program + "/targets?lang=ru");
            page.locator("[data-list=suggestions] button[type=submit]").first().click();
            page.waitForSelector("[data-list=targets] li");

            openScoredGap(page, program, "ru");
            assertThat(page.textContent("main h1")).contains("6B06188");
            assertThat(Double.parseDouble(page.getAttribute("[data-score]", "data-score"))).isBetween(0.0, 100.0);
            assertThat(page.locator("[data-covered-skill]").count()).isPositive();
            assertThat(page.locator("[data-missing-skill]").count()).isPositive();
            String evidence = page.locator("[data-missing-skill] a[href^='/vacancies?']").first().getAttribute("href");
            assertThat(evidence).contains("skill=").contains("isco=");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("programs-gap-ru.png")).setFullPage(true));
            openScoredGap(page, program, "kk");
            assertThat(page.getAttribute("html", "lang")).isEqualTo("kk");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("programs-gap-kk.png")).setFullPage(true));
            assertThat(cspViolations).isEmpty();
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Test
    void theCoordinatorDownloadsTheQuarterlyAnalysisAnAnalystPublished() throws IOException {
        try (BrowserContext analyst = browser.newContext()) {
            Page page = analyst.newPage();
            logIn(page, "analyst");
            page.navigate(base() + "/alignment/reports?lang=ru");
            page.fill("#report-quarter", QUARTER);
            page.click("[data-action=generate-report]");
            page.waitForURL(base() + "/alignment/reports/" + QUARTER);
            page.click("[data-action=publish-report]");
            page.waitForSelector("[data-status=PUBLISHED]");
        }
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setAcceptDownloads(true))) {
            Page page = context.newPage();
            logIn(page, "coordinator");
            page.navigate(base() + "/alignment/reports/" + QUARTER + "?lang=kk");
            Download download = page.waitForDownload(() -> page.click("#pdf-kk"));
            assertThat(download.suggestedFilename()).isEqualTo("edufusion-labor-market-" + QUARTER + "-kk.pdf");
            try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(download.path()))) {
                assertThat(new PDFTextStripper().getText(pdf)).contains(QUARTER);
            }
        }
    }

    /** The change event recomputes the program after its commit, in the background: reload until it is scored. */
    private void openScoredGap(Page page, String program, String language) {
        for (int attempt = 0; attempt < 40; attempt++) {
            page.navigate(base() + "/programs/" + program + "/gap?lang=" + language);
            if ("SCORED".equals(page.getAttribute("[data-page=program-gap]", "data-status"))) {
                return;
            }
            page.waitForTimeout(500);
        }
        throw new AssertionError("the gap analysis of " + program + " was not scored: "
                + page.getAttribute("[data-page=program-gap]", "data-status"));
    }

    private static byte[] workbook() throws IOException {
        return new Workbooks()
                .table(Sheet.PROGRAMS, List.of(
                        Map.of("code", "6B06188", "title_kk", "Деректерді талдау", "title_ru", "Анализ данных",
                                "title_en", "Data Analytics", "group_code", "B057", "credits", 240, "languages", "kk;ru;en",
                                "type", "NEW"),
                        Map.of("code", "6B13188", "title_ru", "Неверная область", "credits", 240, "languages", "ru",
                                "type", "NEW")))
                .table(Sheet.OUTCOMES, List.of(
                        Map.of("program_code", "6B06188", "code", "LO1", "text_ru", "Разрабатывает программы на Python и SQL",
                                "text_en", "Develops software in Python and writes SQL queries"),
                        Map.of("program_code", "6B06188", "code", "LO2", "text_en", "Performs data analysis with machine learning")))
                .table(Sheet.DISCIPLINES, List.of(Map.of("program_code", "6B06188", "code", "DA101", "title_ru", "Анализ данных",
                        "cycle", "PD", "component", "CORE", "credits", 6, "outcomes", "LO1;LO2")))
                .table(Sheet.COHORTS, List.of(Map.of("program_code", "6B06188", "academic_year", 2025, "intake", 50, "graduates", 0)))
                .bytes();
    }
}
