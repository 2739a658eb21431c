package kz.edufusion.placements.dashboards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.Role;
import kz.edufusion.placements.OfferType;
import kz.edufusion.placements.domain.Offers;
import kz.edufusion.placements.domain.PlacementLifecycle;
import kz.edufusion.placements.domain.PlacementRegistry;
import kz.edufusion.placements.domain.StudentProfiles;
import kz.edufusion.support.IntegrationTest;
import kz.edufusion.support.LoggedIn;
import kz.edufusion.support.TestPeople;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Who sees which dashboard: students, mentors and tutors none (403); coordinators and companies not the national
 * one; a coordinator only the figures of their universities (coordinator2's never move when the demo coordinator's
 * students are placed) and a representative only their companies' (company2 never sees the demo company's offer,
 * applicants or interns); another organization's id is answered 404. Bad filters are field errors or 400 problems.
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardsAuthorizationTest {

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
    CoordinatorDashboard coordinatorDashboard;
    @Autowired
    CompanyDashboard companyDashboard;

    DashboardFixtures fixtures;
    TestPeople people;

    @BeforeAll
    void fixtures() {
        fixtures = new DashboardFixtures(jdbc, users, registry, lifecycle, profiles, transaction, offers);
        people = new TestPeople(jdbc, users);
    }

    @ParameterizedTest
    @ValueSource(strings = {"student", "mentor", "tutor"})
    void studentsMentorsAndTutorsSeeNoDashboard(String login) throws Exception {
        for (String url : new String[] {"/placements/dashboard", "/placements/dashboard/students/late",
                "/placements/dashboard/interns", "/placements/dashboard/export/coordinator/summary.csv",
                "/placements/dashboard/export/company/offers.xlsx", "/placements/ministry", "/placements/ministry/export/regions.csv",
                "/api/v1/placements/dashboards/coordinator", "/api/v1/placements/dashboards/coordinator/late",
                "/api/v1/placements/dashboards/company", "/api/v1/placements/dashboards/company/interns",
                "/api/v1/placements/dashboards/ministry"}) {
            mvc.perform(get(url).with(LoggedIn.as(login))).andExpect(status().isForbidden());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"coordinator", "company"})
    void theNationalViewDeniesCoordinatorsAndCompanies(String login) throws Exception {
        mvc.perform(get("/placements/ministry").with(LoggedIn.as(login))).andExpect(status().isForbidden());
        mvc.perform(get("/placements/ministry/export/summary.xlsx").with(LoggedIn.as(login))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/placements/dashboards/ministry").with(LoggedIn.as(login))).andExpect(status().isForbidden());
        mvc.perform(get("/placements/dashboard").with(LoggedIn.as(login))).andExpect(status().isOk());
    }

    @Test
    void aCompanyDoesNotGetTheCoordinatorsApiNorTheOtherWayRound() throws Exception {
        mvc.perform(get("/api/v1/placements/dashboards/coordinator").with(LoggedIn.as("company"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/placements/dashboards/company").with(LoggedIn.as("coordinator"))).andExpect(status().isForbidden());
        mvc.perform(get("/placements/dashboard/interns").with(LoggedIn.as("coordinator"))).andExpect(status().isForbidden());
    }

    @Test
    void coordinator2NeverCountsTheDemoCoordinatorsStudents() throws Exception {
        CurrentUser coordinator = fixtures.user("coordinator@demo.edufusion.kz");
        CurrentUser coordinator2 = fixtures.user("coordinator2@demo.edufusion.kz");
        UUID demoUniversity = coordinator.organizationsWhere(Role.UNIVERSITY_COORDINATOR).get(0);
        AcademicYear year = DashboardFixtures.nextYear();
        CoordinatorFigures before = coordinatorDashboard.figures(coordinator, null, year);
        CoordinatorFigures before2 = coordinatorDashboard.figures(coordinator2, null, year);

        CurrentUser twin = people.twin("student", "Twin For Dashboards");
        jdbc.sql("INSERT INTO placements.student_profile (person_id, university_id, program_code, field_code, year_of_study, region_code) "
                        + "SELECT ?, university_id, program_code, field_code, year_of_study, region_code FROM placements.student_profile "
                        + "WHERE person_id = (SELECT id FROM identity.person WHERE email = 'student@demo.edufusion.kz')")
                .param(twin.personId()).update();
        UUID company = fixtures.user("company@demo.edufusion.kz").organizationsWhere(Role.COMPANY_REPRESENTATIVE).get(0);
        LocalDate starts = year.firstDay().plusDays(10);
        UUID placement = fixtures.place(twin.personId(), demoUniversity, company, OfferType.DUAL, starts, starts.plusDays(30), 50_000);
        fixtures.terminate(placement);

        CoordinatorFigures after = coordinatorDashboard.figures(coordinator, null, year);
        CoordinatorFigures after2 = coordinatorDashboard.figures(coordinator2, null, year);
        assertThat(after.students() - before.students()).isEqualTo(1);
        assertThat(after.placements() - before.placements()).isEqualTo(1);
        assertThat(after.atRisk() - before.atRisk()).isEqualTo(1);
        assertThat(after2).isEqualTo(before2);
        assertThat(after2.universityId()).isNotEqualTo(demoUniversity);

        String other = "?university=" + demoUniversity;
        mvc.perform(get("/placements/dashboard" + other).with(LoggedIn.as("coordinator2"))).andExpect(status().isNotFound());
        mvc.perform(get("/placements/dashboard/students/at-risk" + other).with(LoggedIn.as("coordinator2")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/placements/dashboard/export/coordinator/programs.csv" + other).with(LoggedIn.as("coordinator2")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/placements/dashboards/coordinator" + other).with(LoggedIn.as("coordinator2")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/placements/dashboards/coordinator/at-risk" + other).with(LoggedIn.as("coordinator2")))
                .andExpect(status().isNotFound());
        String list = mvc.perform(get("/placements/dashboard/students/at-risk?year=" + year.label()).with(LoggedIn.as("coordinator2")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(list).select("[data-student=" + twin.personId() + "]")).isEmpty();
    }

    @Test
    void company2NeverSeesTheDemoCompanysOffersApplicantsOrInterns() throws Exception {
        CurrentUser company = fixtures.user("company@demo.edufusion.kz");
        CurrentUser company2 = fixtures.user("company2@demo.edufusion.kz");
        UUID demoCompany = company.organizationsWhere(Role.COMPANY_REPRESENTATIVE).get(0);
        AcademicYear year = DashboardFixtures.nextYear();
        CompanyFigures before2 = companyDashboard.figures(company2, null, year);
        LocalDate starts = year.firstDay().plusDays(20);
        UUID offer = fixtures.offer(company, demoCompany, OfferType.INTERNSHIP, "KZ-75", starts, starts.plusDays(30), 2, 80_000);
        CurrentUser twin = people.twin("student", "Twin Applicant");
        UUID university = twin.organizationsWhere(Role.STUDENT).get(0);
        fixtures.application(offer, twin.personId(), university, "ACCEPTED");
        fixtures.place(twin.personId(), university, demoCompany, offer, OfferType.INTERNSHIP, starts, starts.plusDays(30), 80_000);

        CompanyFigures mine = companyDashboard.figures(company, null, year);
        assertThat(mine.offers()).anyMatch(o -> o.offerId().equals(offer) && o.applicantsTotal() == 1 && o.placed() == 1);
        CompanyFigures after2 = companyDashboard.figures(company2, null, year);
        assertThat(after2).isEqualTo(before2);
        assertThat(after2.offers()).noneMatch(o -> o.offerId().equals(offer));

        String other = "?company=" + demoCompany + "&year=" + year.label();
        mvc.perform(get("/placements/dashboard" + other).with(LoggedIn.as("company2"))).andExpect(status().isNotFound());
        mvc.perform(get("/placements/dashboard/interns" + other).with(LoggedIn.as("company2"))).andExpect(status().isNotFound());
        mvc.perform(get("/placements/dashboard/export/company/offers.xlsx" + other).with(LoggedIn.as("company2")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/placements/dashboards/company" + other).with(LoggedIn.as("company2")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/placements/dashboards/company/interns" + other).with(LoggedIn.as("company2")))
                .andExpect(status().isNotFound());
        String page = mvc.perform(get("/placements/dashboard?year=" + year.label()).with(LoggedIn.as("company2")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(page).select("tr[data-offer=" + offer + "]")).isEmpty();
    }

    @Test
    void badFiltersAreFieldErrorsOnThePageAndProblemsInTheApi() throws Exception {
        String html = mvc.perform(get("/placements/dashboard").param("year", "someday").param("lang", "en")
                        .with(LoggedIn.as("coordinator")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(html).select("#filter-year-error").text()).isEqualTo("Give an academic year such as 2026/2027.");
        assertThat(Jsoup.parse(html).select("[data-view]")).isEmpty();
        mvc.perform(get("/api/v1/placements/dashboards/coordinator").param("year", "2026/2028").with(LoggedIn.as("coordinator")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("year"));
        mvc.perform(get("/api/v1/placements/dashboards/company").param("year", "1999").with(LoggedIn.as("company")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/placements/dashboards/coordinator/everyone").with(LoggedIn.as("coordinator")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/placements/dashboard/students/everyone").with(LoggedIn.as("coordinator")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/placements/dashboard/students/late").param("year", "x").with(LoggedIn.as("coordinator")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/placements/dashboard/interns").param("mentor", "not-a-person").with(LoggedIn.as("company")))
                .andExpect(status().isBadRequest());
    }
}
