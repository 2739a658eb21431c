package kz.edufusion.placements.dashboards;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.placements.OfferType;
import kz.edufusion.placements.domain.Offers;
import kz.edufusion.placements.domain.PlacementLifecycle;
import kz.edufusion.placements.domain.PlacementRegistry;
import kz.edufusion.placements.domain.StudentProfiles;
import kz.edufusion.support.BrowserJourney;
import kz.edufusion.support.IntegrationTest;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * In a browser, in Kazakh: the ministry's analyst opens the national dashboard of a year with five dual-education
 * placements, sees the KAZDUAL targets with their progress, the chart drawn by Chart.js without a CSP violation, and
 * downloads the regions as XLSX, which reads back with the page's numbers.
 */
@IntegrationTest
class MinistryDashboardBrowserTest extends BrowserJourney {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    PlacementRegistry registry;
    @Autowired
    PlacementLifecycle lifecycle;
    @Autowired
    StudentProfiles profiles;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    Offers offers;

    @Test
    void analystSeesTheKazdualTargetsAndDownloadsTheXlsx() throws Exception {
        DashboardFixtures fixtures = new DashboardFixtures(jdbc, users, registry, lifecycle, profiles, transaction, offers);
        AcademicYear year = DashboardFixtures.nextYear();
        UUID university = fixtures.organization("UNIVERSITY", "Browser University " + UUID.randomUUID(), "KZ-71", "P");
        UUID company = fixtures.organization("COMPANY", "Browser Dual " + UUID.randomUUID(), "KZ-79", "C");
        CurrentUser coordinator = fixtures.user(fixtures.person("Coordinator", university, "UNIVERSITY_COORDINATOR"));
        LocalDate starts = year.firstDay().plusDays(30);
        for (int i = 0; i < 5; i++) {
            UUID student = fixtures.student(coordinator, university, "Browser " + i, "6B07101", "07", 3);
            fixtures.place(student, university, company, OfferType.DUAL, starts, starts.plusDays(90), 150_000);
        }
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("kk-KZ").setAcceptDownloads(true))) {
            Page page = context.newPage();
            List<String> csp = cspViolations(page);
            logIn(page, "analyst");
            page.navigate(base() + "/placements/ministry?lang=kk");
            assertThat(page.textContent("main h1")).isEqualTo("Ел бойынша практика және дуальды оқыту");
            page.fill("#filter-year", year.label());
            page.click("[data-dashboard-filter] button[type=submit]");
            page.waitForSelector("canvas#chart-regions[data-rendered=true]");
            assertThat(page.textContent("#kazdual-title")).isEqualTo("Дуальды оқыту және KAZDUAL пилотының нысаналы көрсеткіштері");
            assertThat(page.textContent("[data-target=companies]")).isEqualTo("45 ішінен 1 (2 %)");
            assertThat(page.textContent("[data-target=students]")).isEqualTo("360 ішінен 5 (1 %)");
            assertThat(page.getAttribute("#kazdual-students", "max")).isEqualTo("360");
            assertThat(page.textContent("[data-table=regions] tr[data-code=KZ-79] [data-cell=students]")).isEqualTo("5");
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("placements-ministry-kk.png")).setFullPage(true));
            Download download = page.waitForDownload(() -> page.click("[data-export=regions-xlsx]"));
            assertThat(download.suggestedFilename()).isEqualTo("ministry-regions.xlsx");
            try (InputStream in = Files.newInputStream(download.path()); ReadableWorkbook workbook = new ReadableWorkbook(in)) {
                List<Row> rows = workbook.getFirstSheet().read();
                assertThat(rows.get(0).getCellText(0)).isEqualTo("Коды");
                assertThat(rows).hasSize(2);
                assertThat(List.of(rows.get(1).getCellText(0), rows.get(1).getCellText(1), rows.get(1).getCellText(2)))
                        .containsExactly("KZ-79", "Шымкент", "5");
            }
            assertThat(csp).isEmpty();
        }
    }
}
