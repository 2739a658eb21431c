package kz.edufusion.placements.dashboards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.placements.OfferType;
import kz.edufusion.placements.domain.Offers;
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
 * The national figures on an academic year only this test uses: eight placements (six paid dual placements at a
 * company in Almaty, two unpaid internships of a company in Astana, one of them at an offer in Shymkent), five
 * completed and three hired. Small cells are "<5" on the page, in the API and in both downloads.
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MinistryDashboardTest {

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
    Offers offers;
    @Autowired
    MinistryDashboard dashboard;

    AcademicYear year;
    CurrentUser analyst;

    @BeforeAll
    void eightPlacements() {
        DashboardFixtures fixtures = new DashboardFixtures(jdbc, users, registry, lifecycle, profiles, transaction, offers);
        year = DashboardFixtures.nextYear();
        analyst = fixtures.user("analyst@demo.edufusion.kz");
        UUID university = fixtures.organization("UNIVERSITY", "National University " + UUID.randomUUID(), "KZ-71", "P");
        UUID almaty = fixtures.organization("COMPANY", "Almaty Dual " + UUID.randomUUID(), "KZ-75", "J");
        UUID astana = fixtures.organization("COMPANY", "Astana Works " + UUID.randomUUID(), "KZ-71", "C");
        CurrentUser coordinator = fixtures.user(fixtures.person("Coordinator", university, "UNIVERSITY_COORDINATOR"));
        CurrentUser astanaRep = fixtures.user(fixtures.person("Representative", astana, "COMPANY_REPRESENTATIVE"));
        LocalDate starts = year.firstDay().plusMonths(1);
        LocalDate ends = starts.plusMonths(2);
        List<UUID> dual = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            UUID student = fixtures.student(coordinator, university, "Dual " + i, i <= 5 ? "6B06101" : "6B04101", i <= 5 ? "06" : "04", 3);
            UUID p = fixtures.place(student, university, almaty, OfferType.DUAL, starts, ends, 120_000);
            fixtures.activate(p);
            dual.add(p);
        }
        for (int i = 0; i < 5; i++) {
            fixtures.finish(dual.get(i), true);
        }
        fixtures.jobOffer(dual.get(0), true);
        fixtures.jobOffer(dual.get(1), true);
        fixtures.jobOffer(dual.get(2), true);
        fixtures.jobOffer(dual.get(3), false);
        fixtures.jobOffer(dual.get(5), true);
        UUID s7 = fixtures.student(coordinator, university, "Intern 7", "6B04101", "04", 2);
        UUID s8 = fixtures.student(coordinator, university, "Intern 8", "6B04101", "04", 2);
        fixtures.place(s7, university, astana, OfferType.INTERNSHIP, starts, ends, null);
        UUID shymkentOffer = fixtures.offer(astanaRep, astana, OfferType.INTERNSHIP, "KZ-79", starts, ends, 1, null);
        fixtures.place(s8, university, astana, shymkentOffer, OfferType.INTERNSHIP, starts, ends, null);
    }

    @Test
    void exactFiguresWithSmallCellsHidden() {
        MinistryFigures f = dashboard.figures(analyst, DashboardFilter.of(year));
        MinistryRow t = f.total();
        assertThat(List.of(t.placements(), t.students(), t.paid(), t.dualCompanies(), t.dualStudents(), t.completed()))
                .containsExactly(8L, 8L, 6L, 1L, 6L, 5L);
        assertThat(t.paidShare()).isEqualTo(75.0);
        assertThat(t.hired()).as("three hired: fewer than five").isNull();
        assertThat(t.conversion()).isEqualTo(60.0);
        assertThat(f.regions()).extracting(MinistryRow::code).containsExactly("KZ-71", "KZ-75", "KZ-79");
        assertThat(f.regions()).filteredOn(r -> !r.code().equals("KZ-75")).allMatch(MinistryRow::suppressed)
                .allMatch(r -> r.placements() == null && r.paidShare() == null);
        MinistryRow almaty = f.regions().get(1);
        assertThat(List.of(almaty.placements(), almaty.students(), almaty.paid(), almaty.dualStudents()))
                .containsExactly(6L, 6L, 6L, 6L);
        assertThat(almaty.paidShare()).isEqualTo(100.0);
        assertThat(f.sectors()).extracting(MinistryRow::code, MinistryRow::suppressed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("C", true), org.assertj.core.groups.Tuple.tuple("J", false));
        assertThat(f.fields()).extracting(MinistryRow::code, MinistryRow::placements)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("04", null), org.assertj.core.groups.Tuple.tuple("06", 5L));
        assertThat(f.kazdual()).isEqualTo(new KazdualProgress(1, 6L));
        assertThat(f.kazdual().studentPercent()).isEqualTo(2);
    }

    @Test
    void filtersByRegionAndOfferType() {
        assertThat(dashboard.figures(analyst, new DashboardFilter(year, "KZ-75", null)).total().placements()).isEqualTo(6);
        assertThat(dashboard.figures(analyst, new DashboardFilter(year, "KZ-79", null)).total().suppressed()).isTrue();
        MinistryFigures dual = dashboard.figures(analyst, new DashboardFilter(year, null, OfferType.DUAL));
        assertThat(dual.total().placements()).isEqualTo(6);
        assertThat(dual.fields()).extracting(MinistryRow::code).containsExactly("04", "06");
        MinistryFigures internships = dashboard.figures(analyst, new DashboardFilter(year, null, OfferType.INTERNSHIP));
        assertThat(internships.total().suppressed()).isTrue();
        assertThat(internships.kazdual()).isEqualTo(new KazdualProgress(0, 0L));
    }

    @Test
    void thePageShowsSmallCellsAsLessThanFive() throws Exception {
        String html = mvc.perform(get("/placements/ministry").param("year", year.label()).param("lang", "en")
                        .with(LoggedIn.as("analyst")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Document page = Jsoup.parse(html);
        assertThat(page.select("[data-figure=placements]").text()).isEqualTo("8");
        assertThat(page.select("[data-figure=paidShare]").text()).isEqualTo("75.0 %");
        assertThat(page.select("[data-table=regions] tr[data-code=KZ-71] [data-cell=placements]").text()).isEqualTo("<5");
        assertThat(page.select("[data-table=regions] tr[data-code=KZ-71] [data-cell=paidShare]").text()).isEqualTo("–");
        assertThat(page.select("[data-table=regions] tr[data-code=KZ-75] [data-cell=students]").text()).isEqualTo("6");
        assertThat(page.select("[data-table=fields] tr[data-code=04] [data-cell=students]").text()).isEqualTo("<5");
        assertThat(page.select("[data-target=companies]").text()).isEqualTo("1 of 45 (2 %)");
        assertThat(page.select("#kazdual-students").attr("value")).isEqualTo("6");
        assertThat(page.select("canvas#chart-regions").attr("data-labels")).isEqualTo("[\"Almaty\"]");
    }

    @Test
    void downloadsParseBackWithTheSameNumbers() throws Exception {
        String query = "?year=" + year.label() + "&lang=en";
        byte[] csv = mvc.perform(get("/placements/ministry/export/summary.csv" + query).with(LoggedIn.as("analyst")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(CoordinatorDashboardTest.csvRows(csv)).contains(List.of("Placements", "8"), List.of("Paid share, %", "75.0"),
                List.of("Job offers accepted", "<5"), List.of("Conversion to employment, %", "60.0"),
                List.of("KAZDUAL target: companies", "45"), List.of("Students in dual education", "6"));
        byte[] xlsx = mvc.perform(get("/placements/ministry/export/regions.xlsx" + query).with(LoggedIn.as("analyst")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(4);
            assertThat(List.of(rows.get(1).getCellText(0), rows.get(1).getCellText(2), rows.get(1).getCellText(3)))
                    .containsExactly("KZ-71", "<5", "<5");
            assertThat(List.of(rows.get(2).getCellText(0), rows.get(2).getCellText(1), rows.get(2).getCellText(2),
                    rows.get(2).getCellText(5), rows.get(2).getCellText(9))).containsExactly("KZ-75", "Almaty", "6", "100.0", "<5");
        }
    }

    @Test
    void badFiltersAreFieldErrorsOnThePageAndProblemsInTheApi() throws Exception {
        String html = mvc.perform(get("/placements/ministry").param("year", "2026/2030").param("region", "KZ-00")
                        .param("type", "HOLIDAY").param("lang", "en").with(LoggedIn.as("analyst")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Document page = Jsoup.parse(html);
        assertThat(page.select("#filter-year-error").text()).isEqualTo("Give an academic year such as 2026/2027.");
        assertThat(page.select("#filter-region-error").text()).isEqualTo("Unknown region code.");
        assertThat(page.select("#filter-type-error").text()).isEqualTo("Unknown offer type.");
        assertThat(page.select("[data-table=regions]")).isEmpty();
        mvc.perform(get("/api/v1/placements/dashboards/ministry").param("year", "next year").param("region", "KZ-00")
                        .with(LoggedIn.as("analyst")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value(org.hamcrest.Matchers.endsWith("validation")))
                .andExpect(jsonPath("$.errors[*].field").value(org.hamcrest.Matchers.containsInAnyOrder("year", "region")));
        mvc.perform(get("/placements/ministry/export/regions.csv").param("year", "1999").with(LoggedIn.as("analyst")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/placements/ministry/export/nothing.csv").with(LoggedIn.as("analyst")))
                .andExpect(status().isNotFound());
    }

    @Test
    void theApiGivesTheSameFigures() throws Exception {
        mvc.perform(get("/api/v1/placements/dashboards/ministry").param("year", year.label()).with(LoggedIn.as("admin")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total.placements").value(8))
                .andExpect(jsonPath("$.total.hired").value(org.hamcrest.Matchers.nullValue()))
                .andExpect(jsonPath("$.kazdual.students").value(6))
                .andExpect(jsonPath("$.regions[0].suppressed").value(true));
    }
}
