package kz.edufusion.academy;

import static kz.edufusion.support.LoggedIn.asEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import kz.edufusion.academy.domain.AttemptResult;
import kz.edufusion.academy.domain.AttemptSheet;
import kz.edufusion.academy.domain.Authoring;
import kz.edufusion.academy.domain.CompletionRule;
import kz.edufusion.academy.domain.CourseContent;
import kz.edufusion.academy.domain.CourseCredentials;
import kz.edufusion.academy.domain.EnrollmentView;
import kz.edufusion.academy.domain.Learning;
import kz.edufusion.academy.domain.QuizAuthoring;
import kz.edufusion.academy.domain.QuizTaking;
import kz.edufusion.academy.domain.SheetQuestion;
import kz.edufusion.academy.domain.quiz.QuizAnswer;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.support.IntegrationTest;
import kz.edufusion.support.TestPeople;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Quizzes end to end: storage and the copy into a new draft, the frozen trigger, attempts through the API (no right
 * answer ever sent to a learner), grading, the attempt limit and the deadline, the completion rules firing
 * CourseCompleted (and so the credential), and who may see what.
 */
@IntegrationTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class AcademyQuizTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    Authoring authoring;
    @Autowired
    CourseContent content;
    @Autowired
    Learning learning;
    @Autowired
    QuizAuthoring quizzes;
    @Autowired
    QuizTaking taking;
    @Autowired
    CourseCredentials credentials;
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
    AcademyFixtures.Draft course;

    @BeforeEach
    void people() {
        people = new TestPeople(jdbc, users);
        ownerEmail = people.twinEmail("educator", "Quiz Owner");
        owner = people.user(ownerEmail);
        learnerEmail = people.twinEmail("student", "Quiz Learner");
        learner = people.user(learnerEmail);
        course = new AcademyFixtures(authoring, content).draft(owner, AcademyFixtures.unique("Quizzed"), "Lesson.");
    }

    UUID publishWithQuiz(CompletionRule rule, int attempts, Integer minutes) {
        UUID quizId = QuizFixtures.fourKinds(quizzes, owner, course.moduleId(), QuizFixtures.settings(60, attempts, minutes, 4));
        quizzes.setCompletionRule(owner, course.versionId(), rule);
        authoring.publish(owner, course.versionId());
        return quizId;
    }

    /** The right answers, found by the options' texts the learner sees. */
    static Map<UUID, QuizAnswer> rightAnswers(AttemptSheet sheet) {
        Map<UUID, QuizAnswer> answers = new HashMap<>();
        for (SheetQuestion q : sheet.questions()) {
            switch (q.kind()) {
                case SINGLE_CHOICE -> answers.put(q.id(), QuizAnswer.choosing(ids(q, "Option B")));
                case MULTIPLE_CHOICE -> answers.put(q.id(), QuizAnswer.choosing(ids(q, "Option A", "Option C")));
                case NUMERIC -> answers.put(q.id(), QuizAnswer.typing("9,78"));
                case SHORT_TEXT -> answers.put(q.id(), QuizAnswer.typing("  astana "));
            }
        }
        return answers;
    }

    static Set<UUID> ids(SheetQuestion q, String... texts) {
        return q.options().stream().filter(o -> List.of(texts).contains(o.text().in("en"))).map(SheetQuestion.SheetOption::id)
                .collect(Collectors.toSet());
    }

    @Test
    void aNewDraftCopiesTheQuizzesKeepingKeysAndTheTriggerFreezesThePublishedOnes() {
        UUID quizId = publishWithQuiz(CompletionRule.BOTH, 2, null);
        var published = quizzes.quiz(owner, quizId);
        assertThatThrownBy(() -> quizzes.addQuestion(owner, quizId, QuizFixtures.single()))
                .isInstanceOfSatisfying(DomainProblem.class, p -> assertThat(p.status()).isEqualTo(HttpStatus.CONFLICT));
        assertThatThrownBy(() -> jdbc.sql("UPDATE academy.quiz_option SET correct = NOT correct WHERE version_id = ?")
                .param(course.versionId()).update()).isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("UPDATE academy.quiz SET pass_percent = 0 WHERE id = ?").param(quizId).update())
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM academy.quiz_accepted_answer WHERE version_id = ?")
                .param(course.versionId()).update()).isInstanceOf(DataAccessException.class);

        var draft = authoring.startDraft(owner, course.courseId());
        var copied = quizzes.ofVersion(owner, draft.id());
        assertThat(copied).hasSize(1);
        assertThat(copied.get(0).quiz().id()).isNotEqualTo(quizId);
        assertThat(copied.get(0).quiz().quizKey()).isEqualTo(published.quiz().quizKey());
        assertThat(copied.get(0).quiz().moduleId()).isNotEqualTo(course.moduleId());
        assertThat(copied.get(0).questions()).extracting(q -> q.questionKey())
                .containsExactlyElementsOf(published.questions().stream().map(q -> q.questionKey()).toList());
        assertThat(copied.get(0).questions()).extracting(q -> q.engine().correctOptions().size()).containsExactly(1, 2, 0, 0);
        assertThat(copied.get(0).questions().get(3).acceptedAnswers()).containsExactly("Astana");
        assertThat(quizzes.completionRule(owner, draft.id())).isEqualTo(CompletionRule.BOTH);
        // the draft's copy is editable
        quizzes.addQuestion(owner, copied.get(0).quiz().id(), QuizFixtures.single());
    }

    @Test
    void aLearnerTakesAQuizThroughTheApiWithoutEverSeeingARightAnswer() throws Exception {
        UUID quizId = publishWithQuiz(CompletionRule.COMPLETED, 2, 20);
        learning.enroll(learner, course.courseId());
        String started = mvc.perform(post("/api/v1/academy/quizzes/{id}/attempts", quizId).with(asEmail(learnerEmail)).with(csrf()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.questions", Matchers.hasSize(4)))
                .andExpect(jsonPath("$.endsAt").exists())
                .andReturn().getResponse().getContentAsString();
        assertThat(started).doesNotContain("correct", "expected", "tolerance", "accepted", "Astana", "9.81");
        UUID attemptId = UUID.fromString(com.jayway.jsonpath.JsonPath.read(started, "$.attemptId"));
        String coursePage = mvc.perform(get("/academy/courses/{id}", course.courseId()).with(asEmail(learnerEmail)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(coursePage).contains("data-learner-quizzes", "/academy/attempts/" + attemptId);
        String page = mvc.perform(get("/academy/attempts/{id}", attemptId).with(asEmail(learnerEmail)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Pick A and C").doesNotContain("Astana", "9.81", "data-correct");

        AttemptSheet sheet = taking.sheet(learner, attemptId);
        StringBuilder json = new StringBuilder("{\"answers\":[");
        rightAnswers(sheet).forEach((question, answer) -> json.append("{\"questionId\":\"").append(question).append("\",\"chosen\":[")
                .append(answer.chosen().stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(",")))
                .append("],\"text\":").append(answer.text() == null ? "null" : "\"" + answer.text() + "\"").append("},"));
        json.setLength(json.length() - 1);
        json.append("]}");
        String result = mvc.perform(post("/api/v1/academy/attempts/{id}/submission", attemptId).with(asEmail(learnerEmail)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(json.toString()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.scorePercent").value(100.0))
                .andExpect(jsonPath("$.passed").value(true))
                .andExpect(jsonPath("$.questions[*].correct", Matchers.everyItem(Matchers.is(true))))
                .andReturn().getResponse().getContentAsString();
        assertThat(result).doesNotContain("Astana", "9.81", "acceptedAnswers");
        assertThat(events.stream(QuizAttemptGraded.class).filter(e -> e.attemptId().equals(attemptId))).singleElement()
                .satisfies(e -> assertThat(e.answers()).hasSize(4).allMatch(QuizAttemptGraded.QuestionAnswered::correct));

        mvc.perform(post("/api/v1/academy/attempts/{id}/submission", attemptId).with(asEmail(learnerEmail)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"answers\":[]}")).andExpect(status().isConflict());
        mvc.perform(get("/academy/attempts/{id}/result", attemptId).with(asEmail(learnerEmail)))
                .andExpect(status().isOk());
    }

    @Test
    void othersCannotSeeAnAttemptStartOneOrAuthorAndOnlyTheOwnerSeesTheGradebook() throws Exception {
        UUID quizId = publishWithQuiz(CompletionRule.COMPLETED, 2, null);
        learning.enroll(learner, course.courseId());
        UUID attemptId = taking.start(learner, quizId);
        String otherEmail = people.twinEmail("student", "Other Learner");
        learning.enroll(people.user(otherEmail), course.courseId());
        String strangerEmail = people.twinEmail("student", "Not Enrolled");
        mvc.perform(get("/api/v1/academy/attempts/{id}", attemptId).with(asEmail(otherEmail))).andExpect(status().isNotFound());
        mvc.perform(get("/academy/attempts/{id}", attemptId).with(asEmail(otherEmail))).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/academy/attempts/{id}/submission", attemptId).with(asEmail(otherEmail)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"answers\":[]}")).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/academy/quizzes/{id}/attempts", quizId).with(asEmail(strangerEmail)).with(csrf()))
                .andExpect(status().isNotFound());

        String otherEducator = people.twinEmail("educator", "Other Educator");
        var draft = authoring.startDraft(owner, course.courseId());
        mvc.perform(get("/api/v1/academy/authoring/versions/{id}/quizzes", draft.id()).with(asEmail(otherEducator)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/academy/authoring/versions/{id}/quizzes", draft.id()).with(asEmail(learnerEmail)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/academy/authoring/modules/{id}/quizzes", course.moduleId()).with(asEmail(otherEducator)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\":{\"en\":\"Mine\"},\"passPercent\":50,\"maxAttempts\":1,\"drawCount\":1}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/academy/authoring/courses/{id}/gradebook", course.courseId()).with(asEmail(otherEducator)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/academy/teach/courses/{id}/gradebook", course.courseId()).with(asEmail(otherEducator)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/academy/authoring/courses/{id}/gradebook.csv", course.courseId()).with(asEmail(learnerEmail)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/academy/authoring/courses/{id}/gradebook", course.courseId()).with(asEmail(ownerEmail)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.learners.totalItems").value(2));
        mvc.perform(get("/academy/teach/courses/{id}/gradebook", course.courseId()).with(asEmail(ownerEmail)))
                .andExpect(status().isOk()).andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(Matchers.allOf(Matchers.containsString(learnerEmail), Matchers.containsString("data-gradebook"))));
        mvc.perform(get("/academy/teach/versions/{id}/quizzes", draft.id()).with(asEmail(ownerEmail))).andExpect(status().isOk());
        mvc.perform(get("/academy/teach/quizzes/{id}", quizId).with(asEmail(ownerEmail))).andExpect(status().isOk());
        mvc.perform(get("/academy/teach/quizzes/{id}", quizId).with(asEmail(otherEducator))).andExpect(status().isNotFound());
        String csv = mvc.perform(get("/api/v1/academy/authoring/courses/{id}/gradebook.csv", course.courseId()).with(asEmail(ownerEmail)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(csv).startsWith("name,email,version,lessons_done,lessons,Check yourself best %").contains(learnerEmail, otherEmail);
        // the owner's authoring view carries the answers, the learner's never does
        mvc.perform(get("/api/v1/academy/authoring/quizzes/{id}", quizId).with(asEmail(ownerEmail)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.questions[0].options[1].correct").value(true));
    }

    @Test
    void aQuestionNobodyCanAnswerRightIsRefusedWithItsFieldAndAnEmptyQuizStopsThePublish() throws Exception {
        UUID quizId = quizzes.addQuiz(owner, course.moduleId(), QuizFixtures.settings(50, 1, null, 1));
        mvc.perform(post("/api/v1/academy/authoring/quizzes/{id}/questions", quizId).with(asEmail(ownerEmail)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"SINGLE_CHOICE\",\"text\":{\"en\":\"Which?\"},\"points\":1,"
                                + "\"options\":[{\"text\":{\"en\":\"A\"},\"correct\":false},{\"text\":{\"en\":\"B\"},\"correct\":false}]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.hasItem("correctOptions")))
                .andExpect(jsonPath("$.errors[*].message", Matchers.hasItem("Mark at least one option as correct.")));
        mvc.perform(post("/api/v1/academy/authoring/quizzes/{id}/questions", quizId).with(asEmail(ownerEmail)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"NUMERIC\",\"text\":{\"en\":\"How many?\"},\"points\":0}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.hasItems("expected", "points")));
        assertThat(quizzes.quiz(owner, quizId).questions()).isEmpty();
        mvc.perform(post("/api/v1/academy/authoring/versions/{id}/publish", course.versionId()).with(asEmail(ownerEmail)).with(csrf()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", Matchers.containsString("Check yourself")))
                .andExpect(jsonPath("$.detail", Matchers.containsString("cannot draw more questions than its bank holds")));
        mvc.perform(post("/academy/teach/quizzes/{id}/questions", quizId).with(asEmail(ownerEmail)).with(csrf())
                        .param("kind", "SHORT_TEXT").param("textEn", "Say it").param("points", "1"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(Matchers.containsString("A short-text question needs at least one accepted answer.")));
    }

    @Test
    void attemptsAreLimitedAndAnAttemptPastItsDeadlineIsGradedAsUnanswered() {
        UUID quizId = publishWithQuiz(CompletionRule.COMPLETED, 2, 5);
        learning.enroll(learner, course.courseId());
        UUID first = taking.start(learner, quizId);
        AttemptSheet before = taking.sheet(learner, first);
        assertThat(taking.start(learner, quizId)).as("the running attempt is answered again").isEqualTo(first);
        jdbc.sql("UPDATE academy.quiz_attempt SET started_at = now() - interval '10 minutes', deadline = now() - interval '5 minutes' "
                + "WHERE id = ?").param(first).update();
        AttemptResult late = taking.submit(learner, first, rightAnswers(before));
        assertThat(late.scorePercent()).isEqualByComparingTo("0");
        assertThat(late.passed()).isFalse();
        assertThat(late.late()).isTrue();

        UUID second = taking.start(learner, quizId);
        AttemptResult passed = taking.submit(learner, second, rightAnswers(taking.sheet(learner, second)));
        assertThat(passed.passed()).isTrue();
        assertThat(passed.attemptsLeft()).isZero();
        assertThatThrownBy(() -> taking.start(learner, quizId))
                .isInstanceOfSatisfying(DomainProblem.class, p -> assertThat(p.messageKey()).isEqualTo("academyQuiz.problem.noAttemptsLeft"));
    }

    @Test
    void passedCompletesWhenTheLastQuizIsPassedWithoutLessonsAndIssuesTheCredential() {
        UUID quizId = publishWithQuiz(CompletionRule.PASSED, 3, null);
        EnrollmentView enrollment = learning.enroll(learner, course.courseId());
        UUID failing = taking.start(learner, quizId);
        taking.submit(learner, failing, Map.of());
        assertThat(learning.enrollment(learner, course.courseId()).orElseThrow().completed()).isFalse();
        UUID passing = taking.start(learner, quizId);
        taking.submit(learner, passing, rightAnswers(taking.sheet(learner, passing)));
        assertThat(learning.enrollment(learner, course.courseId()).orElseThrow().completed()).isTrue();
        assertThat(events.stream(CourseCompleted.class).filter(e -> e.enrollmentId().equals(enrollment.id()))).hasSize(1);
        assertThat(credentials.of(enrollment.id())).isPresent();
    }

    @Test
    void bothCompletesOnlyWhenLessonsAreDoneAndTheLastQuizIsPassedAfterThem() {
        UUID quizId = publishWithQuiz(CompletionRule.BOTH, 3, null);
        EnrollmentView enrollment = learning.enroll(learner, course.courseId());
        learning.complete(learner, course.lessonId());
        learning.complete(learner, course.secondLessonId());
        assertThat(learning.enrollment(learner, course.courseId()).orElseThrow().completed()).as("lessons alone").isFalse();
        UUID attempt = taking.start(learner, quizId);
        taking.submit(learner, attempt, rightAnswers(taking.sheet(learner, attempt)));
        assertThat(learning.enrollment(learner, course.courseId()).orElseThrow().completed()).isTrue();
        assertThat(events.stream(CourseCompleted.class).filter(e -> e.enrollmentId().equals(enrollment.id()))).hasSize(1);
    }

    @Test
    void completedIgnoresTheQuizzes() {
        publishWithQuiz(CompletionRule.COMPLETED, 1, null);
        EnrollmentView enrollment = learning.enroll(learner, course.courseId());
        learning.complete(learner, course.lessonId());
        learning.complete(learner, course.secondLessonId());
        assertThat(learning.enrollment(learner, course.courseId()).orElseThrow().completed()).isTrue();
        assertThat(events.stream(CourseCompleted.class).filter(e -> e.enrollmentId().equals(enrollment.id()))).hasSize(1);
    }

    @Test
    void aRuleAskingForPassesNeedsAQuiz() {
        quizzes.setCompletionRule(owner, course.versionId(), CompletionRule.PASSED);
        assertThatThrownBy(() -> authoring.publish(owner, course.versionId()))
                .isInstanceOfSatisfying(DomainProblem.class, p -> assertThat(p.messageKey()).isEqualTo("academyQuiz.problem.ruleNeedsQuiz"));
    }
}
