package kz.edufusion.academy;

import static kz.edufusion.support.LoggedIn.as;
import static kz.edufusion.support.LoggedIn.asEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import kz.edufusion.academy.domain.Authoring;
import kz.edufusion.academy.domain.CourseContent;
import kz.edufusion.academy.domain.Learning;
import kz.edufusion.support.IntegrationTest;
import kz.edufusion.support.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Only a course's owner edits it (another educator gets 404, a student 403); drafts and unpublished courses do not
 * exist for anyone else, nor do lessons of versions a learner does not follow; a learner sees only their own
 * enrollment and progress, and only the owner sees the learners.
 */
@IntegrationTest
@AutoConfigureMockMvc
class AcademyAuthorizationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Authoring authoring;
    @Autowired
    CourseContent content;
    @Autowired
    Learning learning;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    TestPeople people;
    AcademyFixtures fixtures;
    String owner;
    String otherEducator;
    String learner;
    String otherLearner;
    AcademyFixtures.Draft draft;
    AcademyFixtures.Draft published;

    @BeforeEach
    void courses() {
        people = new TestPeople(jdbc, users);
        fixtures = new AcademyFixtures(authoring, content);
        owner = people.twinEmail("educator", "Aigerim Owner");
        otherEducator = people.twinEmail("educator", "Other Educator");
        learner = people.twinEmail("student", "Learner One");
        otherLearner = people.twinEmail("student", "Learner Two");
        draft = fixtures.draft(people.user(owner), AcademyFixtures.unique("Unpublished"), "Draft text");
        published = fixtures.published(people.user(owner), AcademyFixtures.unique("Published"));
    }

    @Test
    void anotherEducatorCannotReadOrChangeTheCourse() throws Exception {
        mvc.perform(get("/api/v1/academy/authoring/courses/{id}", draft.courseId()).with(asEmail(otherEducator)))
                .andExpect(status().isNotFound()).andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(put("/api/v1/academy/authoring/versions/{id}", draft.versionId()).with(asEmail(otherEducator))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\":{\"en\":\"Taken over\"},\"level\":\"ADVANCED\","
                                + "\"hours\":5,\"ects\":1,\"format\":\"COHORT\",\"delivery\":\"ONLINE\",\"languages\":[\"en\"]}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/academy/authoring/versions/{id}/publish", draft.versionId()).with(asEmail(otherEducator)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/academy/teach/courses/{id}", draft.courseId()).with(asEmail(otherEducator))).andExpect(status().isNotFound());
        mvc.perform(get("/academy/teach/lessons/{id}", draft.lessonId()).with(asEmail(otherEducator))).andExpect(status().isNotFound());
        mvc.perform(post("/academy/teach/versions/{id}/modules", draft.versionId()).param("titleEn", "Intruder module")
                .with(asEmail(otherEducator)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/academy/lessons/{id}", draft.lessonId()).with(asEmail(otherEducator))).andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT count(*) FROM academy.course_module WHERE version_id = ?").param(draft.versionId())
                .query(Integer.class).single()).isEqualTo(1);
        assertThat(authoring.overview(people.user(owner), draft.courseId()).version().details().title().en()).startsWith("Unpublished");
    }

    @Test
    void aStudentIsNoAuthor() throws Exception {
        mvc.perform(get("/academy/teach").with(asEmail(learner))).andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/academy/authoring/courses").with(asEmail(learner)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":{\"en\":\"Mine\"},\"level\":\"ADVANCED\",\"hours\":5,\"ects\":1,\"format\":\"COHORT\","
                                + "\"delivery\":\"ONLINE\",\"languages\":[\"en\"]}"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.type").value("https://edufusion.kz/problems/forbidden"));
    }

    @Test
    void draftsAndUnpublishedCoursesDoNotExistForLearners() throws Exception {
        mvc.perform(get("/api/v1/academy/courses/{id}", draft.courseId()).with(asEmail(learner))).andExpect(status().isNotFound());
        mvc.perform(get("/academy/courses/{id}", draft.courseId()).with(asEmail(learner))).andExpect(status().isNotFound());
        mvc.perform(get("/academy/lessons/{id}", draft.lessonId()).with(asEmail(learner))).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/academy/courses/{id}/enrollment", draft.courseId()).with(asEmail(learner))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/academy/courses/{id}", UUID.randomUUID()).with(asEmail(learner))).andExpect(status().isNotFound());
        mvc.perform(get("/academy/lessons/{id}", UUID.randomUUID()).with(asEmail(learner))).andExpect(status().isNotFound());
        mvc.perform(get("/academy/files/{id}", UUID.randomUUID()).with(asEmail(learner))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/academy/courses").param("q", "Unpublished").with(asEmail(learner)))
                .andExpect(jsonPath("$.items[?(@.version.courseId == '" + draft.courseId() + "')]").isEmpty());

        // a published course's lessons are for its learners; the next draft's lessons for nobody but the owner
        mvc.perform(get("/academy/lessons/{id}", published.lessonId()).with(asEmail(learner))).andExpect(status().isNotFound());
        learning.enroll(people.user(learner), published.courseId());
        mvc.perform(get("/academy/lessons/{id}", published.lessonId()).with(asEmail(learner))).andExpect(status().isOk());
        var next = authoring.startDraft(people.user(owner), published.courseId());
        UUID nextLesson = jdbc.sql("SELECT id FROM academy.lesson WHERE version_id = ? ORDER BY position LIMIT 1").param(next.id())
                .query(UUID.class).single();
        mvc.perform(get("/academy/lessons/{id}", nextLesson).with(asEmail(learner))).andExpect(status().isNotFound());
        mvc.perform(get("/academy/lessons/{id}", nextLesson).with(asEmail(owner))).andExpect(status().isOk());
    }

    @Test
    void aLearnerSeesOnlyTheirOwnEnrollmentAndOnlyTheOwnerSeesTheLearners() throws Exception {
        mvc.perform(post("/api/v1/academy/courses/{id}/enrollment", published.courseId()).with(asEmail(learner)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.versionId").value(published.versionId().toString()));
        mvc.perform(post("/api/v1/academy/lessons/{id}/completion", published.lessonId()).with(asEmail(learner)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.completedLessons").value(1));

        mvc.perform(get("/api/v1/academy/enrollments/mine").with(asEmail(otherLearner)))
                .andExpect(jsonPath("$[?(@.enrollment.courseId == '" + published.courseId() + "')]").isEmpty());
        mvc.perform(post("/api/v1/academy/lessons/{id}/completion", published.lessonId()).with(asEmail(otherLearner)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/academy/lessons/{id}", published.lessonId()).with(asEmail(otherLearner))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/academy/authoring/courses/{id}/learners", published.courseId()).with(asEmail(otherLearner)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/academy/authoring/courses/{id}/learners", published.courseId()).with(asEmail(otherEducator)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/academy/teach/courses/{id}/learners", published.courseId()).with(asEmail(otherEducator)))
                .andExpect(status().isNotFound());

        mvc.perform(get("/api/v1/academy/enrollments/mine").with(asEmail(learner)))
                .andExpect(jsonPath("$[?(@.enrollment.courseId == '" + published.courseId() + "')].enrollment.completedLessons").value(1));
        mvc.perform(get("/api/v1/academy/authoring/courses/{id}/learners", published.courseId()).with(asEmail(owner)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.totalItems").value(1))
                .andExpect(jsonPath("$.items[0].email").value(learner));
    }

    @Test
    void aLearnerOpensCompletesAndResumesOnThePages() throws Exception {
        mvc.perform(post("/academy/courses/{id}/enroll", published.courseId()).with(asEmail(learner)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/academy/lessons/{id}", published.secondLessonId()).with(asEmail(learner))).andExpect(status().isOk());
        mvc.perform(post("/academy/lessons/{id}/complete", published.secondLessonId()).with(asEmail(learner)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String my = mvc.perform(get("/academy/my").with(asEmail(learner)).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        org.jsoup.nodes.Element card = org.jsoup.Jsoup.parse(my).select("[data-my-course]").stream()
                .filter(c -> c.text().contains("Published")).findFirst().orElseThrow();
        assertThat(card.select("[data-progress]").text()).isEqualTo("Completed: 1 of 2 lessons (50%)");
        assertThat(card.select("[data-resume]").attr("href")).isEqualTo("/academy/courses/" + published.courseId() + "/launch");
        mvc.perform(get(card.select("[data-resume]").attr("href")).with(asEmail(learner)))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                        "/academy/lessons/" + published.secondLessonId()));
    }

    @Test
    void visitorsReadTheCatalogButNotLessons() throws Exception {
        mvc.perform(get("/academy")).andExpect(status().isOk());
        mvc.perform(get("/academy/courses/{id}", published.courseId())).andExpect(status().isOk());
        mvc.perform(get("/academy/lessons/{id}", published.lessonId())).andExpect(status().is3xxRedirection());
        mvc.perform(get("/academy/my")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/academy/courses/{id}", draft.courseId())).andExpect(status().isNotFound());
        mvc.perform(get("/academy").with(as("student"))).andExpect(status().isOk());
    }
}
