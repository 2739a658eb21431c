package kz.edufusion.programs.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
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

/**
 * The coordinator's journey through the register, in Russian and then Kazakh: upload a workbook with a bad row,
 * read the rejection, open the imported program's skill review, confirm a proposal with a level, then confirm the
 * rest at once.
 */
@IntegrationTest
class ProgramRegisterBrowserTest extends BrowserJourney {

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeImportedProgram() {
        jdbc.update("DELETE FROM programs.program WHERE code = '6B06188'");
    }

    @Test
    void theCoordinatorImportsAWorkbookAndConfirmsSkills() throws IOException {
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
            assertThat(page.locator("tr[data-status=PROPOSED]").count()).isPositive();
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
            assertThat(cspViolations).isEmpty();
        } finally {
            Files.deleteIfExists(file);
        }
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
