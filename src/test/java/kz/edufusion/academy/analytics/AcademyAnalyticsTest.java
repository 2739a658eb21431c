package kz.edufusion.academy.analytics;

import static kz.edufusion.support.LoggedIn.as;
import static kz.edufusion.support.LoggedIn.asEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kz.edufusion.academy.AcademyFixtures;
import kz.edufusion.academy.domain.Authoring;
import kz.edufusion.academy.domain.CourseContent;
import kz.edufusion.academy.domain.Learning;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.support.IntegrationTest;
import kz.edufusion.support.TestPeople;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A STEM course with six learners (five declared female, one male; all reach lesson one, five lesson two, two
 * finish): the owner's page and the academy page show the figures, hide groups under five as "hidden", export them
 * as CSV and XLSX, and refuse everyone else (404 for another educator, 403 for a student or a coordinator of another
 * university).
 */
@IntegrationTest
@AutoConfigureMockMvc
class AcademyAnalyticsTest {

    @Autowired MockMvc mvc;
    @Autowired Authoring authoring;
    @Autowired CourseContent content;
    @Autowired Learning learning;
    @Autowired LearnerProfiles profiles;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService users;

    TestPeople people;
    String ownerEmail;
    AcademyFixtures.Draft course;
    String semester = AcademicSemester.of(Instant.now()).code();

    @BeforeEach
    void sixLearners() {
        people = new TestPeople(jdbc, users);
        ownerEmail = people.twinEmail("educator", "Analytics Owner");
        CurrentUser owner = people.user(ownerEmail);
        course = new AcademyFixtures(authoring, content).draft(owner, AcademyFixtures.unique("Analytics"), "# One");
        jdbc.sql("UPDATE academy.course_version SET tags = '{python,data}' WHERE id = ?").param(course.versionId()).update();
        authoring.publish(owner, course.versionId());
        List<CurrentUser> learners = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            CurrentUser learner = people.twin("student", "Analytics Learner " + i);
            profiles.declare(learner, i < 5 ? Gender.FEMALE : Gender.MALE);
            learning.enroll(learner, course.courseId());
            learning.open(learner, course.lessonId(), "en");
            learners.add(learner);
        }
        for (int i = 0; i < 5; i++) {
            learning.open(learners.get(i), course.secondLessonId(), "en");
        }
        for (int i = 0; i < 2; i++) {
            learning.complete(learners.get(i), course.lessonId());
            learning.complete(learners.get(i), course.secondLessonId());
        }
    }

    @Test
    void theOwnerSeesTheCourseWithSmallGroupsHidden() throws Exception {
        Document page = page(get("/academy/teach/courses/{id}/analytics", course.courseId()).with(asEmail(ownerEmail)));
        assertThat(page.select("[data-figure=enrollments]").text()).isEqualTo("6");
        assertThat(page.select("[data-figure=female]").text()).isEqualTo("5");
        assertThat(page.select("[data-figure=male]").text()).isEqualTo("hidden");
        assertThat(page.select("[data-figure=completionRate]").text()).isEqualTo("33.3 %");
        Element semesterRow = page.selectFirst("[data-semester=" + semester + "]");
        assertThat(semesterRow.select("[data-cell=enrollments]").text()).isEqualTo("6");
        assertThat(semesterRow.select("[data-cell=stemFemale]").text()).isEqualTo("5");
        assertThat(semesterRow.select("[data-cell=stemFemaleShare]").text()).isEqualTo("83.3 %");
        assertThat(page.select("[data-lesson=1] [data-cell=reached]").text()).isEqualTo("6");
        assertThat(page.select("[data-lesson=2] [data-cell=reached]").text()).isEqualTo("5");
        assertThat(page.select("[data-lesson=1] [data-cell=completed]").text()).isEqualTo("hidden");
        assertThat(page.select("canvas[data-chart=academy-lessons]").attr("data-reached")).isEqualTo("[6,5]");
        assertThat(page.select("script[src]").eachAttr("src")).contains("/js/academy-analytics.js");
    }

    @Test
    void theAcademyPageCountsTheCourseForAdministratorsAndAnalysts() throws Exception {
        for (String login : List.of("admin", "analyst")) {
            Document page = page(get("/academy/analytics").param("semester", semester).with(as(login)));
            Element row = page.selectFirst("[data-groups=courses] [data-key=" + course.courseId() + "]");
            assertThat(row.select("[data-cell=enrollments]").text()).isEqualTo("6");
            assertThat(row.select("[data-cell=female]").text()).isEqualTo("5");
            assertThat(row.select("[data-cell=completed]").text()).isEqualTo("hidden");
            assertThat(page.select("[data-semester=" + semester + "]")).isNotEmpty();
        }
        mvc.perform(get("/academy/analytics").with(as("coordinator"))).andExpect(status().isOk());
    }

    @Test
    void othersAreRefused() throws Exception {
        String otherEducator = people.twinEmail("educator", "Not The Owner");
        mvc.perform(get("/academy/teach/courses/{id}/analytics", course.courseId()).with(asEmail(otherEducator)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/academy/teach/courses/{id}/analytics/export/lessons.csv", course.courseId()).with(asEmail(otherEducator)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/academy/teach/courses/{id}/analytics", course.courseId()).with(as("student"))).andExpect(status().isNotFound());
        mvc.perform(get("/academy/analytics").with(as("student"))).andExpect(status().isForbidden());
        mvc.perform(get("/academy/analytics").with(as("educator"))).andExpect(status().isForbidden());
        mvc.perform(get("/academy/analytics/export/courses.csv").with(as("student"))).andExpect(status().isForbidden());
        mvc.perform(get("/academy/analytics").param("university", UUID.randomUUID().toString()).with(as("coordinator")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/academy/analytics")).andExpect(status().is3xxRedirection());
    }

    @Test
    void tablesDownloadAsCsvAndXlsxWithHiddenFigures() throws Exception {
        String csv = mvc.perform(get("/academy/teach/courses/{id}/analytics/export/lessons.csv", course.courseId())
                        .with(asEmail(ownerEmail)).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("Reached").contains("hidden").contains("Lesson one");
        String courses = mvc.perform(get("/academy/analytics/export/courses.csv").param("semester", semester).with(as("admin"))
                        .header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(courses.lines().filter(l -> l.contains("Analytics ")).findFirst().orElseThrow()).contains(",6,5,hidden,");
        mvc.perform(get("/academy/analytics/export/semesters.xlsx").with(as("analyst")))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
    }

    @Test
    void aLearnerDeclaresAndChangesTheirGender() throws Exception {
        String learner = people.twinEmail("student", "Profile Learner");
        Document before = page(get("/academy/my/profile").with(asEmail(learner)));
        assertThat(before.select("input[name=gender][checked]").attr("value")).isEqualTo("UNDISCLOSED");
        assertThat(before.select("[data-privacy]").text()).isNotBlank();
        mvc.perform(post("/academy/my/profile").param("gender", "FEMALE").with(asEmail(learner)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/academy/my/profile").param("gender", "MALE").with(asEmail(learner)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(page(get("/academy/my/profile").with(asEmail(learner))).select("input[name=gender][checked]").attr("value"))
                .isEqualTo("MALE");
        assertThat(page(get("/academy/my").with(asEmail(learner))).select("[data-profile-link]").attr("href"))
                .isEqualTo("/academy/my/profile");
    }

    private Document page(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) throws Exception {
        return Jsoup.parse(mvc.perform(request.header("Accept-Language", "en")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
    }
}
