package kz.edufusion.placements.dashboards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kz.edufusion.common.PageQuery;
import kz.edufusion.common.csv.CsvReader;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.placements.OfferType;
import kz.edufusion.placements.domain.PlacementLifecycle;
import kz.edufusion.placements.domain.PlacementRegistry;
import kz.edufusion.placements.domain.StudentProfiles;
import kz.edufusion.support.IntegrationTest;
import kz.edufusion.support.LoggedIn;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The coordinator's figures on a university of the test's own: six students with profiles, four placements of the
 * current academic year (three paid), two late diaries, three students at risk for the three different reasons; the
 * page, the lists behind the figures and both downloads say the same numbers.
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CoordinatorDashboardTest {

    @Autowired
    MockMvc mvc;
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
    kz.edufusion.placements.domain.Offers offers;
    @Autowired
    CoordinatorDashboard dashboard;
    @Autowired
    DashboardAccess access;

    DashboardFixtures fixtures;
    UUID university;
    String coordinatorEmail;
    CurrentUser coordinator;
    AcademicYear year;
    UUID s1;
    UUID s3;

    @BeforeAll
    void universityWithSixStudents() {
        fixtures = new DashboardFixtures(jdbc, users, registry, lifecycle, profiles, transaction, offers);
        university = fixtures.organization("UNIVERSITY", "Dashboard University " + UUID.randomUUID(), "KZ-71", "P");
        UUID company = fixtures.organization("COMPANY", "Dashboard Company " + UUID.randomUUID(), "KZ-71", "J");
        coordinatorEmail = fixtures.person("Coordinator Test", university, "UNIVERSITY_COORDINATOR");
        coordinator = fixtures.user(coordinatorEmail);
        LocalDate today = access.today();
        year = AcademicYear.of(today);
        s1 = fixtures.student(coordinator, university, "Aigerim Silent", "6B06101", "06", 3);
        UUID s2 = fixtures.student(coordinator, university, "Bolat Late", "6B06101", "06", 3);
        s3 = fixtures.student(coordinator, university, "Dana Scored", "6B06101", "06", 3);
        UUID s4 = fixtures.student(coordinator, university, "Erlan Terminated", "6B06101", "06", 3);
        fixtures.student(coordinator, university, "Gulnar Waiting", "6B04101", "04", 2);
        fixtures.student(coordinator, university, "Ilyas Waiting", "6B04101", "04", 2);
        // today - 30 .. today + 30 touches the current academic year whatever today is
        LocalDate starts = today.minusDays(30);
        LocalDate ends = today.plusDays(30);
        UUID p1 = fixtures.place(s1, university, company, OfferType.INTERNSHIP, starts, ends, 100_000);
        UUID p2 = fixtures.place(s2, university, company, OfferType.INTERNSHIP, starts, ends, 90_000);
        UUID p3 = fixtures.place(s3, university, company, OfferType.DUAL, starts, ends, 80_000);
        UUID p4 = fixtures.place(s4, university, company, OfferType.INTERNSHIP, starts, ends, null);
        List.of(p1, p2, p3).forEach(fixtures::activate);
        fixtures.terminate(p4);
        fixtures.diary(p2, today.minusDays(7), "APPROVED");
        fixtures.evaluation(p2, "MID", "SELF", 10);
        fixtures.diary(p3, today, "SUBMITTED");
        fixtures.evaluation(p3, "MID", "MENTOR", 55);
        fixtures.evaluation(p3, "MID", "TUTOR", 75);
    }

    @Test
    void exactFigures() {
        CoordinatorFigures f = dashboard.figures(coordinator, university, year);
        assertThat(f.students()).isEqualTo(6);
        assertThat(f.placed()).isEqualTo(3);
        assertThat(f.needing()).isEqualTo(3);
        assertThat(f.placements()).isEqualTo(4);
        assertThat(f.paid()).isEqualTo(3);
        assertThat(f.paidShare()).isEqualTo(75.0);
        assertThat(f.active()).isEqualTo(3);
        assertThat(f.late()).as("no entry for a month, and the last one a week ago").isEqualTo(2);
        assertThat(f.atRisk()).isEqualTo(3);
        assertThat(List.of(f.riskDiary(), f.riskScore(), f.riskEnded())).containsExactly(1L, 1L, 1L);
        assertThat(f.programs()).containsExactly(new CoordinatorFigures.ProgramRow("6B04101", 2, 2, 0),
                new CoordinatorFigures.ProgramRow("6B06101", 3, 4, 3));
    }

    @Test
    void theListsBehindTheFigures() {
        PageQuery page = new PageQuery(0, 50);
        assertThat(dashboard.list(coordinator, university, year, CoordinatorList.UNPLACED, null, null, page).items())
                .extracting(DashboardRow::studentName).containsExactlyInAnyOrder("Erlan Terminated", "Gulnar Waiting", "Ilyas Waiting");
        assertThat(dashboard.list(coordinator, university, year, CoordinatorList.UNPLACED, "6B04101", 2, page).totalItems()).isEqualTo(2);
        assertThat(dashboard.list(coordinator, university, year, CoordinatorList.PLACED, "6B06101", 3, page).totalItems()).isEqualTo(3);
        assertThat(dashboard.list(coordinator, university, year, CoordinatorList.PAID, null, null, page).totalItems()).isEqualTo(3);
        assertThat(dashboard.list(coordinator, university, year, CoordinatorList.UNPAID, null, null, page).items())
                .extracting(DashboardRow::studentName).containsExactly("Erlan Terminated");
        var late = dashboard.list(coordinator, university, year, CoordinatorList.LATE, null, null, page).items();
        assertThat(late).extracting(DashboardRow::studentName).containsExactlyInAnyOrder("Aigerim Silent", "Bolat Late");
        assertThat(late).allMatch(r -> r.silentDays() > DiaryRule.LATE_AFTER_WORKING_DAYS);
        var risk = dashboard.list(coordinator, university, year, CoordinatorList.AT_RISK, null, null, page).items();
        assertThat(risk).extracting(DashboardRow::studentName)
                .containsExactlyInAnyOrder("Aigerim Silent", "Dana Scored", "Erlan Terminated");
        assertThat(risk).filteredOn(r -> r.studentId().equals(s3)).singleElement()
                .satisfies(r -> assertThat(List.of(r.riskDiary(), r.riskScore(), r.riskEnded())).containsExactly(false, true, false));
        assertThat(risk).filteredOn(r -> r.studentId().equals(s1)).singleElement()
                .satisfies(r -> assertThat(r.riskDiary()).isTrue());
    }

    @Test
    void silentWorkingDaysCountMondayToFriday() {
        // last entry on Monday 2 March 2026: Tue..Fri and the next Monday are five working days before Tuesday 10 March
        assertThat(silent("2026-03-02", "2026-02-01", "2026-06-30", "2026-03-10")).isEqualTo(5);
        assertThat(silent("2026-03-06", "2026-02-01", "2026-06-30", "2026-03-09")).as("Friday to Monday").isZero();
        assertThat(silent(null, "2026-03-02", "2026-06-30", "2026-03-05")).as("no entry since Monday's start").isEqualTo(3);
        assertThat(silent("2026-03-02", "2026-02-01", "2026-03-04", "2026-04-01")).as("counted to the last day").isEqualTo(2);
        assertThat(silent(null, "2026-05-01", "2026-06-30", "2026-04-01")).as("not started yet").isZero();
    }

    private int silent(String last, String starts, String ends, String today) {
        return jdbc.sql("SELECT " + DiaryRule.silentDaysSql("p", "CAST(:last AS date)")
                        + " FROM (SELECT CAST(:starts AS date) AS starts_on, CAST(:ends AS date) AS ends_on) p")
                .param("last", last == null ? null : LocalDate.parse(last)).param("starts", LocalDate.parse(starts))
                .param("ends", LocalDate.parse(ends)).param("today", LocalDate.parse(today))
                .query(Integer.class).single();
    }

    @Test
    void thePageLinksEveryFigureToItsList() throws Exception {
        String html = mvc.perform(get("/placements/dashboard").param("university", university.toString())
                        .param("year", year.label()).with(LoggedIn.asEmail(coordinatorEmail)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Document page = Jsoup.parse(html);
        assertThat(page.select("[data-figure=needing]").text()).isEqualTo("3");
        assertThat(page.select("[data-figure=placed]").text()).isEqualTo("3");
        assertThat(page.select("[data-figure=paidShare]").text()).isEqualTo("75.0 %");
        assertThat(page.select("[data-figure=late]").text()).isEqualTo("2");
        assertThat(page.select("[data-view=company]")).isEmpty();
        String lateList = page.select("[data-figure=late]").attr("href");
        assertThat(lateList).startsWith("/placements/dashboard/students/late?");
        String list = mvc.perform(get(lateList).with(LoggedIn.asEmail(coordinatorEmail)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(list).select("[data-row]")).hasSize(2);
        String unplaced = page.select("tr[data-program=6B04101] [data-cell=needing]").attr("href");
        String rows = mvc.perform(get(unplaced).with(LoggedIn.asEmail(coordinatorEmail)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(rows).select("[data-row]").eachText()).hasSize(2)
                .allMatch(r -> r.contains("Waiting"));
    }

    /** The rows of a downloaded CSV, read back by the platform's own reader (quotes, byte order mark). */
    static List<List<String>> csvRows(byte[] csv) throws java.io.IOException {
        List<List<String>> rows = new java.util.ArrayList<>();
        try (CsvReader reader = new CsvReader(new java.io.InputStreamReader(new ByteArrayInputStream(csv), StandardCharsets.UTF_8))) {
            for (List<String> row = reader.next(); row != null; row = reader.next()) {
                rows.add(row);
            }
        }
        return rows;
    }

    @Test
    void downloadsParseBackWithTheSameNumbers() throws Exception {
        String query = "?university=" + university + "&year=" + year.label() + "&lang=en";
        byte[] csv = mvc.perform(get("/placements/dashboard/export/coordinator/summary.csv" + query)
                        .with(LoggedIn.asEmail(coordinatorEmail)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(csvRows(csv)).contains(List.of("Paid share, %", "75.0"), List.of("Late diaries", "2"),
                List.of("Students at risk", "3"), List.of("Students still needing a placement", "3"));
        byte[] xlsx = mvc.perform(get("/placements/dashboard/export/coordinator/programs.xlsx" + query)
                        .with(LoggedIn.asEmail(coordinatorEmail)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.get(0).getCellText(0)).isEqualTo("Program");
            assertThat(rows).hasSize(3);
            assertThat(List.of(rows.get(2).getCellText(0), rows.get(2).getCellText(2), rows.get(2).getCellText(3),
                    rows.get(2).getCellText(4))).containsExactly("6B06101", "4", "3", "1");
        }
    }
}
