package kz.edufusion.placements.dashboards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.edufusion.common.PageQuery;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.placements.ApplicationStatus;
import kz.edufusion.placements.OfferType;
import kz.edufusion.placements.PlacementStatus;
import kz.edufusion.placements.domain.Offers;
import kz.edufusion.placements.domain.PlacementLifecycle;
import kz.edufusion.placements.domain.PlacementRegistry;
import kz.edufusion.placements.domain.StudentProfiles;
import kz.edufusion.support.IntegrationTest;
import kz.edufusion.support.LoggedIn;
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
 * The representative's figures on a company of the test's own: two offers with six applications, four interns in
 * three statuses, two mentors (one with three diary entries waiting, the oldest three days old) and an intern
 * without a mentor.
 */
@IntegrationTest
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompanyDashboardTest {

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
    CompanyDashboard dashboard;

    AcademicYear year;
    UUID company;
    String repEmail;
    CurrentUser rep;
    UUID o1;
    UUID o2;
    UUID mentor1;
    UUID mentor2;
    Instant oldest;

    @BeforeAll
    void companyWithInterns() {
        DashboardFixtures fixtures = new DashboardFixtures(jdbc, users, registry, lifecycle, profiles, transaction, offers);
        year = DashboardFixtures.nextYear();
        UUID university = fixtures.organization("UNIVERSITY", "Company Test University " + UUID.randomUUID(), "KZ-71", "P");
        company = fixtures.organization("COMPANY", "Company Test " + UUID.randomUUID(), "KZ-75", "J");
        CurrentUser coordinator = fixtures.user(fixtures.person("Coordinator", university, "UNIVERSITY_COORDINATOR"));
        repEmail = fixtures.person("Representative", company, "COMPANY_REPRESENTATIVE");
        rep = fixtures.user(repEmail);
        mentor1 = fixtures.user(fixtures.person("Mentor One", company, "COMPANY_MENTOR")).personId();
        mentor2 = fixtures.user(fixtures.person("Mentor Two", company, "COMPANY_MENTOR")).personId();
        LocalDate starts = year.firstDay().plusDays(40);
        LocalDate ends = starts.plusDays(60);
        o1 = fixtures.offer(rep, company, OfferType.INTERNSHIP, "KZ-75", starts, ends, 3, 100_000);
        o2 = fixtures.offer(rep, company, OfferType.DUAL, "KZ-75", starts, ends, 1, 150_000);
        UUID[] s = new UUID[7];
        for (int i = 1; i <= 6; i++) {
            s[i] = fixtures.student(coordinator, university, "Student " + i, "6B06101", "06", 3);
        }
        fixtures.application(o1, s[1], university, "SUBMITTED");
        fixtures.application(o1, s[2], university, "SUBMITTED");
        fixtures.application(o1, s[3], university, "SHORTLISTED");
        fixtures.application(o1, s[4], university, "ACCEPTED");
        fixtures.application(o2, s[1], university, "REJECTED");
        fixtures.application(o2, s[5], university, "ACCEPTED");
        UUID p1 = fixtures.place(s[4], university, company, o1, OfferType.INTERNSHIP, starts, ends, 100_000);
        UUID p2 = fixtures.place(s[5], university, company, o2, OfferType.DUAL, starts, ends, 150_000);
        UUID p3 = fixtures.place(s[6], university, company, OfferType.PRODUCTION, starts, ends, null);
        UUID p4 = fixtures.place(s[3], university, company, OfferType.PRODUCTION, starts, ends, null);
        fixtures.activate(p1);
        fixtures.activate(p2);
        fixtures.activate(p4);
        fixtures.finish(p4, true);
        fixtures.mentor(rep, p1, mentor1);
        fixtures.mentor(rep, p2, mentor1);
        fixtures.mentor(rep, p3, mentor2);
        oldest = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        fixtures.diary(p1, starts, "SUBMITTED", oldest);
        fixtures.diary(p1, starts.plusDays(1), "SUBMITTED");
        fixtures.diary(p1, starts.plusDays(2), "APPROVED");
        fixtures.diary(p2, starts, "SUBMITTED");
        fixtures.diary(p2, starts.plusDays(1), "RETURNED");
    }

    @Test
    void applicantsPerOfferAndStatus() {
        CompanyFigures f = dashboard.figures(rep, company, year);
        assertThat(f.offers()).extracting(CompanyFigures.OfferRow::offerId).containsExactlyInAnyOrder(o1, o2);
        CompanyFigures.OfferRow first = f.offers().stream().filter(o -> o.offerId().equals(o1)).findFirst().orElseThrow();
        assertThat(first.applicants()).containsAllEntriesOf(Map.of(ApplicationStatus.SUBMITTED, 2L,
                ApplicationStatus.SHORTLISTED, 1L, ApplicationStatus.ACCEPTED, 1L, ApplicationStatus.REJECTED, 0L));
        assertThat(first.applicantsTotal()).isEqualTo(4);
        assertThat(first.placed()).isEqualTo(1);
        CompanyFigures.OfferRow second = f.offers().stream().filter(o -> o.offerId().equals(o2)).findFirst().orElseThrow();
        assertThat(second.applicantsTotal()).isEqualTo(2);
        assertThat(second.applicants().get(ApplicationStatus.REJECTED)).isEqualTo(1);
    }

    @Test
    void internsByStatusAndMentorWorkload() {
        CompanyFigures f = dashboard.figures(rep, company, year);
        assertThat(f.interns()).isEqualTo(Map.of(PlacementStatus.ACTIVE, 2L, PlacementStatus.AGREEMENT, 1L,
                PlacementStatus.COMPLETED, 1L));
        assertThat(f.mentors()).hasSize(3);
        CompanyFigures.MentorRow one = f.mentors().stream().filter(m -> mentor1.equals(m.mentorId())).findFirst().orElseThrow();
        assertThat(List.of(one.currentInterns(), one.interns(), one.pending())).containsExactly(2L, 2L, 3L);
        assertThat(one.oldestPending()).isEqualTo(oldest);
        assertThat(one.mentorName()).isEqualTo("Mentor One");
        CompanyFigures.MentorRow two = f.mentors().stream().filter(m -> mentor2.equals(m.mentorId())).findFirst().orElseThrow();
        assertThat(List.of(two.currentInterns(), two.interns(), two.pending())).containsExactly(1L, 1L, 0L);
        assertThat(two.oldestPending()).isNull();
        CompanyFigures.MentorRow none = f.mentors().stream().filter(m -> m.mentorId() == null).findFirst().orElseThrow();
        assertThat(List.of(none.currentInterns(), none.interns())).containsExactly(0L, 1L);
        assertThat(dashboard.interns(rep, company, year, PlacementStatus.ACTIVE, null, false, new PageQuery(0, 20)).items())
                .extracting(DashboardRow::studentName).containsExactlyInAnyOrder("Student 4", "Student 5");
        assertThat(dashboard.interns(rep, company, year, null, mentor1, false, new PageQuery(0, 20)).items())
                .extracting(DashboardRow::pendingEntries).containsExactlyInAnyOrder(2L, 1L);
        assertThat(dashboard.interns(rep, company, year, null, null, true, new PageQuery(0, 20)).items())
                .extracting(DashboardRow::studentName).containsExactly("Student 3");
    }

    @Test
    void thePageAndTheDownloadsSayTheSame() throws Exception {
        String q = "?company=" + company + "&year=" + year.label() + "&lang=en";
        String html = mvc.perform(get("/placements/dashboard" + q).with(LoggedIn.asEmail(repEmail)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Document page = Jsoup.parse(html);
        assertThat(page.select("[data-view=coordinator]")).isEmpty();
        assertThat(page.select("tr[data-offer=" + o1 + "] td[data-status=SUBMITTED]").text()).isEqualTo("2");
        assertThat(page.select("[data-table=interns] li[data-status=ACTIVE] a").text()).isEqualTo("2");
        String activeList = page.select("[data-table=interns] li[data-status=ACTIVE] a").attr("href");
        String list = mvc.perform(get(activeList).with(LoggedIn.asEmail(repEmail)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(Jsoup.parse(list).select("[data-row]")).hasSize(2);
        byte[] csv = mvc.perform(get("/placements/dashboard/export/company/mentors.csv" + q).with(LoggedIn.asEmail(repEmail)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(CoordinatorDashboardTest.csvRows(csv)).anyMatch(r -> r.subList(0, 4).equals(List.of("Mentor One", "2", "2", "3")))
                .anyMatch(r -> r.subList(0, 4).equals(List.of("No mentor named", "0", "1", "0")));
        byte[] offersCsv = mvc.perform(get("/placements/dashboard/export/company/offers.csv" + q).with(LoggedIn.asEmail(repEmail)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<List<String>> rows = CoordinatorDashboardTest.csvRows(offersCsv);
        assertThat(rows.get(0)).contains("Submitted", "Applicants");
        assertThat(rows).hasSize(3).anyMatch(r -> r.get(1).equals("INTERNSHIP") && r.get(6).equals("2") && r.get(12).equals("4"));
    }
}
