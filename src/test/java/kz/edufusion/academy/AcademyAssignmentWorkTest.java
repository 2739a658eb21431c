package kz.edufusion.academy;

import static kz.edufusion.support.LoggedIn.asEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.UUID;
import kz.edufusion.academy.domain.AssignmentAuthoring;
import kz.edufusion.academy.domain.AssignmentResults;
import kz.edufusion.academy.domain.AssignmentView;
import kz.edufusion.academy.domain.Authoring;
import kz.edufusion.academy.domain.CourseContent;
import kz.edufusion.academy.domain.Learning;
import kz.edufusion.academy.domain.Resubmission;
import kz.edufusion.academy.domain.RubricCriterion;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.support.IntegrationTest;
import kz.edufusion.support.TestPeople;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Handing in and grading: a learner submits text and files (oversized or mistyped files refused, nothing stored),
 * sees their grade per criterion and tries again per the assignment's policy; the owner grades from the queue and
 * {@link AssignmentGraded} is published; nobody else sees a learner's submissions, and a learner cannot grade.
 */
@IntegrationTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class AcademyAssignmentWorkTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Authoring authoring;
    @Autowired
    CourseContent content;
    @Autowired
    AssignmentAuthoring assignments;
    @Autowired
    AssignmentResults results;
    @Autowired
    Learning learning;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    ApplicationEvents events;

    TestPeople people;
    String ownerEmail;
    CurrentUser owner;
    String learnerEmail;
    CurrentUser learner;
    String otherLearnerEmail;
    AcademyFixtures.Draft course;
    UUID assignmentId;
    AssignmentView assignment;

    @BeforeEach
    void publishedCourseWithAnAssignment() {
        people = new TestPeople(jdbc, users);
        ownerEmail = people.twinEmail("educator", "Grading Teacher");
        owner = people.user(ownerEmail);
        learnerEmail = people.twinEmail("student", "Assignment Learner");
        learner = people.user(learnerEmail);
        otherLearnerEmail = people.twinEmail("student", "Other Learner");
        course = new AcademyFixtures(authoring, content).draft(owner, AcademyFixtures.unique("Graded course"), "Lesson");
        assignmentId = AssignmentFixtures.withRubric(assignments, owner, course.moduleId(), Resubmission.UNTIL_PASSED);
        authoring.publish(owner, course.versionId());
        assignment = assignments.forOwner(owner, assignmentId).assignment();
        learning.enroll(learner, course.courseId());
        learning.enroll(people.user(otherLearnerEmail), course.courseId());
    }

    @Test
    void aLearnerHandsInTheOwnerGradesByTheRubricAndTheLearnerSeesTheFeedback() throws Exception {
        String coursePage = mvc.perform(get("/academy/courses/{id}", course.courseId()).with(asEmail(learnerEmail)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(coursePage).select("[data-assignment=" + assignmentId + "] a").attr("href"))
                .isEqualTo("/academy/assignments/" + assignmentId);
        Document page = Jsoup.parse(mvc.perform(get("/academy/assignments/{id}", assignmentId).with(asEmail(learnerEmail)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.select("[data-instructions] strong").text()).isEqualTo("plan");
        assertThat(page.select("[data-rubric] [data-criterion]")).hasSize(2);

        mvc.perform(multipart("/academy/assignments/{id}/submissions", assignmentId).file(new MockMultipartFile("file", "plan.pdf",
                        "application/octet-stream", AssignmentFixtures.PDF)).param("text", "My plan in short.")
                        .with(asEmail(learnerEmail)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        UUID submission = onlySubmission(learner);

        String queue = mvc.perform(get("/academy/teach/courses/{id}/submissions", course.courseId()).with(asEmail(ownerEmail)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(queue).select("[data-queue-row=" + submission + "]").text()).contains("Assignment Learner", "Business plan");
        mvc.perform(get("/academy/submissions/{id}/file", submission).with(asEmail(ownerEmail)))
                .andExpect(status().isOk()).andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(content().contentType("application/pdf"));

        RubricCriterion analysis = assignment.criteria().get(0);
        RubricCriterion clarity = assignment.criteria().get(1);
        // a criterion left without a level is refused beside it, nothing is graded
        String refused = mvc.perform(post("/academy/teach/submissions/{id}", submission).with(asEmail(ownerEmail)).with(csrf())
                        .header("Accept-Language", "en").param("level-" + analysis.id(), analysis.levels().get(1).id().toString())
                        .param("comment-" + analysis.id(), "Kept on refusal"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(refused).select("[data-grade-criterion=" + clarity.id() + "] [data-grade-error]").text())
                .isEqualTo("Choose one level of this criterion.");
        assertThat(Jsoup.parse(refused).select("#level-" + analysis.levels().get(1).id()).hasAttr("checked")).isTrue();
        assertThat(Jsoup.parse(refused).select("#comment-" + analysis.id()).text()).isEqualTo("Kept on refusal");

        mvc.perform(post("/academy/teach/submissions/{id}", submission).with(asEmail(ownerEmail)).with(csrf())
                        .param("level-" + analysis.id(), analysis.levels().get(1).id().toString())
                        .param("comment-" + analysis.id(), "Numbers are thin.")
                        .param("level-" + clarity.id(), clarity.levels().get(1).id().toString())
                        .param("comment", "Try again with a market estimate."))
                .andExpect(status().is3xxRedirection());
        // 2 + 0 of 6 = 33.33 %, under the 50 % pass mark
        assertThat(events.stream(AssignmentGraded.class).filter(e -> e.submissionId().equals(submission))).singleElement()
                .satisfies(e -> {
                    assertThat(e.scorePercent()).isEqualByComparingTo(new BigDecimal("33.33"));
                    assertThat(e.passed()).isFalse();
                    assertThat(e.assignmentKey()).isEqualTo(assignment.assignmentKey());
                    assertThat(e.learnerId()).isEqualTo(learner.personId());
                    assertThat(e.gradedBy()).isEqualTo(owner.personId());
                });

        Document graded = Jsoup.parse(mvc.perform(get("/academy/assignments/{id}", assignmentId).with(asEmail(learnerEmail))
                .header("Accept-Language", "en")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(graded.select("[data-submission=" + submission + "] [data-grade]").text()).contains("Not passed", "2 of 6", "33.33");
        assertThat(graded.select("[data-submission=" + submission + "] [data-criterion-comment]").text()).isEqualTo("Numbers are thin.");
        assertThat(graded.select("[data-submission=" + submission + "] [data-grade-comment]").text())
                .isEqualTo("Try again with a market estimate.");
        assertThat(graded.select("[data-submit-form]")).hasSize(1);

        // grading twice is refused; the policy allows a new attempt, which passes through the API
        mvc.perform(post("/api/v1/academy/authoring/submissions/{id}/grade", submission).with(asEmail(ownerEmail))
                        .contentType(MediaType.APPLICATION_JSON).content(grade(analysis.levels().get(0).id(), clarity.levels().get(0).id())))
                .andExpect(status().isConflict());
        String second = mvc.perform(multipart("/api/v1/academy/assignments/{id}/submissions", assignmentId)
                        .param("text", "Now with a market estimate.").with(asEmail(learnerEmail)).with(csrf()))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.attempt").value(2))
                .andReturn().getResponse().getContentAsString();
        UUID secondId = UUID.fromString(com.jayway.jsonpath.JsonPath.read(second, "$.id"));
        mvc.perform(multipart("/api/v1/academy/assignments/{id}/submissions", assignmentId).param("text", "Eager third")
                .with(asEmail(learnerEmail)).with(csrf())).andExpect(status().isConflict());
        assertThat(results.allPassed(enrollment(learner), course.versionId())).isFalse();
        mvc.perform(post("/api/v1/academy/authoring/submissions/{id}/grade", secondId).with(asEmail(ownerEmail))
                        .contentType(MediaType.APPLICATION_JSON).content(grade(analysis.levels().get(0).id(), clarity.levels().get(1).id())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.scorePercent").value(66.67)).andExpect(jsonPath("$.passed").value(true));
        assertThat(results.requiredFor(course.versionId())).containsExactly(assignment.assignmentKey());
        assertThat(results.passedBy(enrollment(learner))).containsExactly(assignment.assignmentKey());
        assertThat(results.allPassed(enrollment(learner), course.versionId())).isTrue();
        mvc.perform(get("/api/v1/academy/assignments/{id}", assignmentId).with(asEmail(learnerEmail)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("PASSED"))
                .andExpect(jsonPath("$.submissions.length()").value(2));
    }

    @Test
    void oversizedOrMistypedFilesAreRefusedWithAClearErrorAndNothingIsStored() throws Exception {
        byte[] big = new byte[1024 * 1024 + 10];
        System.arraycopy(AssignmentFixtures.PDF, 0, big, 0, AssignmentFixtures.PDF.length);
        String page = mvc.perform(multipart("/academy/assignments/{id}/submissions", assignmentId)
                        .file(new MockMultipartFile("file", "big.pdf", "application/pdf", big))
                        .with(asEmail(learnerEmail)).with(csrf()).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(page).select("[data-file-error]").text()).contains("larger than this assignment allows");
        page = mvc.perform(multipart("/academy/assignments/{id}/submissions", assignmentId)
                        .file(new MockMultipartFile("file", "notes.pdf", "application/pdf", "<script>alert(1)</script>".getBytes()))
                        .with(asEmail(learnerEmail)).with(csrf()).header("Accept-Language", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(page).select("[data-file-error]").text()).contains("Only PDF");
        mvc.perform(multipart("/api/v1/academy/assignments/{id}/submissions", assignmentId)
                        .file(new MockMultipartFile("file", "plan.png", "image/png", AssignmentFixtures.PDF))
                        .with(asEmail(learnerEmail)).with(csrf()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("file"));
        mvc.perform(multipart("/api/v1/academy/assignments/{id}/submissions", assignmentId).with(asEmail(learnerEmail)).with(csrf()))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("SELECT count(*) FROM academy.assignment_submission WHERE assignment_id = ?").param(assignmentId)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void aLearnerSeesOnlyTheirOwnSubmissionsAndCannotGradeOutsidersSeeNothing() throws Exception {
        mvc.perform(multipart("/academy/assignments/{id}/submissions", assignmentId).param("text", "Mine only")
                .with(asEmail(learnerEmail)).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(multipart("/academy/assignments/{id}/submissions", assignmentId)
                .file(new MockMultipartFile("file", "a.pdf", "application/pdf", AssignmentFixtures.PDF))
                .with(asEmail(otherLearnerEmail)).with(csrf())).andExpect(status().is3xxRedirection());
        UUID mine = onlySubmission(learner);
        UUID theirs = onlySubmission(people.user(otherLearnerEmail));

        mvc.perform(get("/api/v1/academy/submissions/{id}", mine).with(asEmail(learnerEmail))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/academy/submissions/{id}", theirs).with(asEmail(learnerEmail))).andExpect(status().isNotFound());
        mvc.perform(get("/academy/submissions/{id}/file", theirs).with(asEmail(learnerEmail))).andExpect(status().isNotFound());
        Document page = Jsoup.parse(mvc.perform(get("/academy/assignments/{id}", assignmentId).with(asEmail(learnerEmail)))
                .andReturn().getResponse().getContentAsString());
        assertThat(page.select("[data-submission]")).hasSize(1);
        assertThat(page.select("[data-submission=" + theirs + "]")).isEmpty();

        // a learner cannot grade, not even their own work
        RubricCriterion analysis = assignment.criteria().get(0);
        RubricCriterion clarity = assignment.criteria().get(1);
        mvc.perform(post("/api/v1/academy/authoring/submissions/{id}/grade", mine).with(asEmail(learnerEmail))
                        .contentType(MediaType.APPLICATION_JSON).content(grade(analysis.levels().get(0).id(), clarity.levels().get(0).id())))
                .andExpect(status().isForbidden());
        mvc.perform(post("/academy/teach/submissions/{id}", mine).with(asEmail(learnerEmail)).with(csrf())
                .param("level-" + analysis.id(), analysis.levels().get(0).id().toString())).andExpect(status().isForbidden());
        mvc.perform(get("/academy/teach/courses/{id}/submissions", course.courseId()).with(asEmail(learnerEmail)))
                .andExpect(status().isForbidden());
        // another educator: the course, its queue and its submissions do not exist
        String otherEducator = people.twinEmail("educator", "Nosy Educator");
        mvc.perform(get("/academy/teach/courses/{id}/submissions", course.courseId()).with(asEmail(otherEducator)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/academy/authoring/submissions/{id}", mine).with(asEmail(otherEducator))).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/academy/authoring/submissions/{id}/grade", mine).with(asEmail(otherEducator))
                        .contentType(MediaType.APPLICATION_JSON).content(grade(analysis.levels().get(0).id(), clarity.levels().get(0).id())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/academy/submissions/{id}/file", theirs).with(asEmail(otherEducator))).andExpect(status().isNotFound());
        // not enrolled: the assignment does not exist, and nothing can be handed in
        String outsider = people.twinEmail("student", "Not Enrolled");
        mvc.perform(get("/academy/assignments/{id}", assignmentId).with(asEmail(outsider))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/academy/assignments/{id}", assignmentId).with(asEmail(outsider))).andExpect(status().isNotFound());
        mvc.perform(multipart("/api/v1/academy/assignments/{id}/submissions", assignmentId).param("text", "Sneaky")
                .with(asEmail(outsider)).with(csrf())).andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT count(*) FROM academy.assignment_grade g JOIN academy.assignment_submission s "
                + "ON s.id = g.submission_id WHERE s.assignment_id = ?").param(assignmentId).query(Integer.class).single()).isZero();
    }

    @Test
    void aOneAttemptAssignmentClosesAfterAFailedGrade() throws Exception {
        AcademyFixtures.Draft other = new AcademyFixtures(authoring, content).draft(owner, AcademyFixtures.unique("Once"), "L");
        UUID once = AssignmentFixtures.withRubric(assignments, owner, other.moduleId(), Resubmission.NONE);
        authoring.publish(owner, other.versionId());
        learning.enroll(learner, other.courseId());
        mvc.perform(multipart("/api/v1/academy/assignments/{id}/submissions", once).param("text", "Only try")
                .with(asEmail(learnerEmail)).with(csrf())).andExpect(status().isCreated());
        AssignmentView a = assignments.forOwner(owner, once).assignment();
        UUID submission = jdbc.sql("SELECT id FROM academy.assignment_submission WHERE assignment_id = ?").param(once)
                .query(UUID.class).single();
        mvc.perform(post("/api/v1/academy/authoring/submissions/{id}/grade", submission).with(asEmail(ownerEmail))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(grade(a, a.criteria().get(0).levels().get(2).id(), a.criteria().get(1).levels().get(1).id())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.passed").value(false));
        mvc.perform(get("/api/v1/academy/assignments/{id}", once).with(asEmail(learnerEmail))).andExpect(jsonPath("$.state").value("CLOSED"));
        mvc.perform(multipart("/api/v1/academy/assignments/{id}/submissions", once).param("text", "Again")
                .with(asEmail(learnerEmail)).with(csrf())).andExpect(status().isConflict());
    }

    private String grade(UUID analysisLevel, UUID clarityLevel) {
        return grade(assignment, analysisLevel, clarityLevel);
    }

    private static String grade(AssignmentView a, UUID analysisLevel, UUID clarityLevel) {
        return "{\"criteria\":[{\"criterionId\":\"" + a.criteria().get(0).id() + "\",\"levelId\":\"" + analysisLevel + "\"},"
                + "{\"criterionId\":\"" + a.criteria().get(1).id() + "\",\"levelId\":\"" + clarityLevel + "\"}],"
                + "\"comment\":\"Graded by the test\"}";
    }

    private UUID enrollment(CurrentUser user) {
        return learning.enrollment(user, course.courseId()).orElseThrow().id();
    }

    private UUID onlySubmission(CurrentUser user) {
        return jdbc.sql("SELECT id FROM academy.assignment_submission WHERE assignment_id = ? AND learner_id = ? "
                + "ORDER BY attempt DESC LIMIT 1").params(assignmentId, user.personId()).query(UUID.class).single();
    }
}
