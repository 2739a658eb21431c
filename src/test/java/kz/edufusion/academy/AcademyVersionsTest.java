package kz.edufusion.academy;

import static kz.edufusion.support.LoggedIn.asEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import kz.edufusion.academy.domain.AcademyInputRejected;
import kz.edufusion.academy.domain.Authoring;
import kz.edufusion.academy.domain.CourseContent;
import kz.edufusion.academy.domain.EnrollmentView;
import kz.edufusion.academy.domain.Learning;
import kz.edufusion.academy.domain.LessonInput;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.support.IntegrationTest;
import kz.edufusion.support.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A published version never changes: the services answer 409, and the database trigger refuses a direct UPDATE,
 * INSERT or DELETE of the version or its content. Editing starts a new draft copied from it; enrolled learners stay
 * on their version until they choose to move, and their progress follows them by lesson.
 */
@IntegrationTest
@AutoConfigureMockMvc
class AcademyVersionsTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Authoring authoring;
    @Autowired
    CourseContent content;
    @Autowired
    Learning learning;
    @Autowired
    kz.edufusion.academy.domain.CourseCredentials courseCredentials;
    @Autowired
    kz.edufusion.credentials.Credentials credentials;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    String ownerEmail;
    CurrentUser owner;
    CurrentUser learner;
    AcademyFixtures.Draft course;

    @BeforeEach
    void published() {
        TestPeople people = new TestPeople(jdbc, users);
        ownerEmail = people.twinEmail("educator", "Version Owner");
        owner = people.user(ownerEmail);
        learner = people.twin("student", "Version Learner");
        course = new AcademyFixtures(authoring, content).published(owner, AcademyFixtures.unique("Frozen"));
    }

    @Test
    void theServicesRefuseToChangeAPublishedVersion() throws Exception {
        assertConflict(() -> authoring.updateDetails(owner, course.versionId(), AcademyFixtures.details("Changed")));
        assertConflict(() -> content.addModule(owner, course.versionId(), LocalizedText.of(null, null, "Late module")));
        assertConflict(() -> content.updateLesson(owner, course.lessonId(), new LessonInput(LocalizedText.of(null, null, "Changed"),
                LocalizedText.of(null, null, "Changed body"), null, null)));
        assertConflict(() -> authoring.saveChecklist(owner, course.versionId(), AcademyFixtures.passing()));
        assertConflict(() -> authoring.publish(owner, course.versionId()));
        mvc.perform(put("/api/v1/academy/authoring/versions/{id}", course.versionId()).with(asEmail(ownerEmail))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"title\":{\"en\":\"Changed\"},\"level\":\"ADVANCED\","
                                + "\"hours\":5,\"ects\":1,\"format\":\"COHORT\",\"delivery\":\"ONLINE\",\"languages\":[\"en\"]}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.type").value("https://edufusion.kz/problems/conflict"));
        assertThat(title(course.versionId())).startsWith("Frozen");
    }

    @Test
    void theDatabaseRefusesADirectChangeOfAPublishedVersion() {
        assertRefused("UPDATE academy.course_version SET title_en = 'Sneaky' WHERE id = ?", course.versionId());
        assertRefused("DELETE FROM academy.course_version WHERE id = ?", course.versionId());
        assertRefused("UPDATE academy.lesson SET body_html_en = '<script>alert(1)</script>' WHERE id = ?", course.lessonId());
        assertRefused("DELETE FROM academy.lesson_progress WHERE lesson_id = ?; DELETE FROM academy.lesson WHERE id = ?", course.lessonId());
        assertRefused("INSERT INTO academy.course_module (id, version_id, position, title_en) VALUES (gen_random_uuid(), ?, 9, 'x')",
                course.versionId());
        assertRefused("UPDATE academy.course_outcome SET skill_uri = 'x' WHERE version_id = ?", course.versionId());
        assertRefused("INSERT INTO academy.checklist_answer (version_id, item, answer) VALUES (?, 'NAMED_CONTACT', true)",
                course.versionId());
        assertThat(title(course.versionId())).startsWith("Frozen");
    }

    @Test
    void completingTheCourseIssuesASignedCredentialOnce() {
        EnrollmentView enrolled = learning.enroll(learner, course.courseId());
        assertThat(learning.complete(learner, course.lessonId()).completed()).isFalse();
        assertThat(courseCredentials.of(enrolled.id())).isEmpty();
        assertThat(learning.complete(learner, course.secondLessonId()).completed()).isTrue();
        learning.complete(learner, course.secondLessonId());

        var credential = courseCredentials.of(enrolled.id()).orElseThrow();
        assertThat(credential.holderPersonId()).isEqualTo(learner.personId());
        assertThat(credential.achievementType()).isEqualTo("Course");
        assertThat(credential.name()).startsWith("Frozen");
        assertThat(credentials.verify(credential.jwt()).valid()).isTrue();
        assertThat(credentials.ofHolder(learner.personId())).hasSize(1);
    }

    @Test
    void editingStartsANewDraftAndLearnersStayOnTheirVersionUntilTheyMove() {
        EnrollmentView enrolled = learning.enroll(learner, course.courseId());
        learning.complete(learner, course.lessonId());
        var draft = authoring.startDraft(owner, course.courseId());
        assertThat(draft.number()).isEqualTo(2);
        assertThat(authoring.startDraft(owner, course.courseId()).id()).isEqualTo(draft.id());
        authoring.updateDetails(owner, draft.id(), AcademyFixtures.details("Second edition"));
        authoring.publish(owner, draft.id());

        assertThat(title(course.versionId())).startsWith("Frozen");
        EnrollmentView still = learning.enrollment(learner, course.courseId()).orElseThrow();
        assertThat(still.versionId()).isEqualTo(enrolled.versionId());
        assertThat(learning.mine(learner)).anyMatch(c -> c.enrollment().courseId().equals(course.courseId()) && c.newerVersion());

        EnrollmentView moved = learning.moveToPublished(learner, course.courseId());
        assertThat(moved.versionId()).isEqualTo(draft.id());
        assertThat(moved.versionNumber()).isEqualTo(2);
        assertThat(moved.completedLessons()).isEqualTo(1);
        assertConflict(() -> learning.moveToPublished(learner, course.courseId()));
    }

    @Test
    void publishingNeedsLessonsAndOutcomes() {
        UUID empty = authoring.create(owner, AcademyFixtures.details(AcademyFixtures.unique("Empty")));
        UUID version = authoring.overview(owner, empty).version().id();
        assertConflict(() -> authoring.publish(owner, version));
        assertThatThrownBy(() -> authoring.create(owner, AcademyFixtures.details(" ")))
                .isInstanceOfSatisfying(AcademyInputRejected.class, e -> assertThat(e.fieldProblems())
                        .anyMatch(p -> p.field().equals("titleKk")));
    }

    private String title(UUID versionId) {
        return jdbc.sql("SELECT title_en FROM academy.course_version WHERE id = ?").param(versionId).query(String.class).single();
    }

    private void assertRefused(String sql, UUID id) {
        String[] statements = sql.split("; ");
        assertThatThrownBy(() -> {
            for (String statement : statements) {
                jdbc.sql(statement).param(id).update();
            }
        }).isInstanceOf(DataAccessException.class).hasMessageContaining("published");
    }

    private static void assertConflict(Runnable change) {
        assertThatThrownBy(change::run).isInstanceOfSatisfying(DomainProblem.class,
                p -> assertThat(p.status()).isEqualTo(HttpStatus.CONFLICT));
    }
}
