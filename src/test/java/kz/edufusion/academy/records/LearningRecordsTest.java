package kz.edufusion.academy.records;

import static kz.edufusion.support.LoggedIn.as;
import static kz.edufusion.support.LoggedIn.asEmail;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kz.edufusion.academy.AcademyFixtures;
import kz.edufusion.academy.AssignmentGraded;
import kz.edufusion.academy.QuizAttemptGraded;
import kz.edufusion.academy.domain.Authoring;
import kz.edufusion.academy.domain.CourseContent;
import kz.edufusion.academy.domain.EnrollmentView;
import kz.edufusion.academy.domain.Learning;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.support.IntegrationTest;
import kz.edufusion.support.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every learning event leaves one xAPI statement (registered, experienced, completed, answered, passed/failed) with
 * an account actor and no e-mail, an event delivered twice leaves one, and the statements API answers each reader
 * only what is theirs: the learner their own, the owner their course's, the administrator all; others 403 or empty.
 */
@IntegrationTest
@AutoConfigureMockMvc
class LearningRecordsTest {

    @Autowired MockMvc mvc;
    @Autowired Authoring authoring;
    @Autowired CourseContent content;
    @Autowired Learning learning;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService users;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired Activities activities;
    @Autowired ObjectMapper json;

    TestPeople people;
    String ownerEmail;
    String learnerEmail;
    String otherLearnerEmail;
    String otherOwnerEmail;
    CurrentUser learner;
    AcademyFixtures.Draft course;
    EnrollmentView enrollment;

    @BeforeEach
    void learn() {
        people = new TestPeople(jdbc, users);
        AcademyFixtures fixtures = new AcademyFixtures(authoring, content);
        ownerEmail = people.twinEmail("educator", "Records Owner");
        otherOwnerEmail = people.twinEmail("educator", "Other Owner");
        learnerEmail = people.twinEmail("student", "Records Learner");
        otherLearnerEmail = people.twinEmail("student", "Other Learner");
        course = fixtures.published(people.user(ownerEmail), AcademyFixtures.unique("Records"));
        fixtures.published(people.user(otherOwnerEmail), AcademyFixtures.unique("Other records"));
        learner = people.user(learnerEmail);
        enrollment = learning.enroll(learner, course.courseId());
        learning.open(learner, course.lessonId(), "en");
        learning.complete(learner, course.lessonId());
        learning.open(learner, course.secondLessonId(), "en");
        learning.complete(learner, course.secondLessonId());
    }

    @Test
    void everyLearningEventIsOneStatementWithAnAccountActor() throws Exception {
        List<JsonNode> statements = statementsOf(learner.personId());
        assertThat(statements).extracting(s -> s.path("verb").path("id").asText()).containsExactlyInAnyOrder(
                Verb.REGISTERED.iri(), Verb.EXPERIENCED.iri(), Verb.COMPLETED.iri(), Verb.EXPERIENCED.iri(), Verb.COMPLETED.iri(),
                Verb.COMPLETED.iri());
        for (JsonNode s : statements) {
            assertThat(s.path("actor").path("account").path("name").asText()).isEqualTo(learner.personId().toString());
            assertThat(s.path("actor").path("account").path("homePage").asText()).isEqualTo(activities.homePage());
            assertThat(s.path("actor").has("mbox")).isFalse();
            assertThat(s.toString()).doesNotContain(learnerEmail);
            assertThat(s.path("context").path("registration").asText()).isEqualTo(enrollment.id().toString());
            assertThat(s.path("version").asText()).isEqualTo("1.0.3");
            assertThat(s.path("stored").asText()).isNotEmpty();
        }
        UUID lessonKey = jdbc.sql("SELECT lesson_key FROM academy.lesson WHERE id = ?").param(course.lessonId()).query(UUID.class).single();
        assertThat(statements).anySatisfy(s -> {
            assertThat(s.path("verb").path("id").asText()).isEqualTo(Verb.COMPLETED.iri());
            assertThat(s.path("object").path("id").asText()).isEqualTo(activities.lesson(lessonKey));
            assertThat(s.path("context").path("contextActivities").path("parent").get(0).path("id").asText())
                    .isEqualTo(activities.course(course.courseId()));
        });
        assertThat(statements).anySatisfy(s -> assertThat(s.path("object").path("id").asText())
                .isEqualTo(activities.course(course.courseId())));
    }

    @Test
    void aGradedQuizAttemptAnswersEachQuestionAndPassesOnceEvenWhenDeliveredTwice() throws Exception {
        UUID quizKey = UUID.randomUUID();
        QuizAttemptGraded attempt = new QuizAttemptGraded(UUID.randomUUID(), enrollment.id(), learner.personId(), course.courseId(),
                course.versionId(), quizKey, List.of(
                        new QuizAttemptGraded.QuestionAnswered(UUID.randomUUID(), true, BigDecimal.valueOf(2), BigDecimal.valueOf(2)),
                        new QuizAttemptGraded.QuestionAnswered(UUID.randomUUID(), false, BigDecimal.ZERO, BigDecimal.ONE)),
                new BigDecimal("66.67"), true, Instant.now());
        transactions.executeWithoutResult(tx -> events.publishEvent(attempt));
        events.publishEvent(attempt);
        AssignmentGraded graded = new AssignmentGraded(UUID.randomUUID(), enrollment.id(), learner.personId(), course.courseId(),
                course.versionId(), UUID.randomUUID(), new BigDecimal("40"), false, UUID.randomUUID(), Instant.now());
        transactions.executeWithoutResult(tx -> events.publishEvent(graded));
        transactions.executeWithoutResult(tx -> events.publishEvent(graded));

        List<JsonNode> quiz = statementsOf(learner.personId()).stream()
                .filter(s -> s.toString().contains(activities.quiz(quizKey))).toList();
        assertThat(quiz).extracting(s -> s.path("verb").path("id").asText())
                .containsExactlyInAnyOrder(Verb.ANSWERED.iri(), Verb.ANSWERED.iri(), Verb.PASSED.iri());
        JsonNode passed = quiz.stream().filter(s -> s.path("verb").path("id").asText().equals(Verb.PASSED.iri())).findFirst().orElseThrow();
        assertThat(passed.path("result").path("score").path("scaled").decimalValue()).isEqualByComparingTo("0.6667");
        assertThat(passed.path("result").path("success").asBoolean()).isTrue();
        JsonNode wrong = quiz.stream().filter(s -> s.path("verb").path("id").asText().equals(Verb.ANSWERED.iri())
                && !s.path("result").path("success").asBoolean()).findFirst().orElseThrow();
        assertThat(wrong.path("context").path("contextActivities").path("parent").get(0).path("id").asText())
                .isEqualTo(activities.quiz(quizKey));
        assertThat(wrong.path("context").path("contextActivities").path("grouping").get(0).path("id").asText())
                .isEqualTo(activities.course(course.courseId()));
        assertThat(jdbc.sql("SELECT count(*) FROM academy.xapi_statement WHERE registration = ? AND verb_id = ?")
                .params(enrollment.id(), Verb.FAILED.iri()).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aLearnerReadsTheirOwnStatementsAndNobodyElses() throws Exception {
        mvc.perform(get("/api/v1/academy/xapi/statements").param("agent", agent(learner.personId())).with(asEmail(learnerEmail)))
                .andExpect(status().isOk()).andExpect(header().string("X-Experience-API-Version", "1.0.3"))
                .andExpect(jsonPath("$.statements.length()").value(6));
        // another learner asking for this learner: refused; without a filter: only their own (none)
        mvc.perform(get("/api/v1/academy/xapi/statements").param("agent", agent(learner.personId())).with(asEmail(otherLearnerEmail)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/academy/xapi/statements").param("registration", enrollment.id().toString())
                        .with(asEmail(otherLearnerEmail)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.statements.length()").value(0));
        mvc.perform(get("/api/v1/academy/xapi/statements")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/academy/xapi/statements").param("agent", "{\"mbox\":\"mailto:" + learnerEmail + "\"}")
                .with(asEmail(learnerEmail))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/academy/xapi/statements").param("since", "yesterday").with(asEmail(learnerEmail)))
                .andExpect(status().isBadRequest());
    }

    @Test
    void anOwnerReadsTheirCoursesStatementsAndAnAdministratorAll() throws Exception {
        String courseActivity = activities.course(course.courseId());
        mvc.perform(get("/api/v1/academy/xapi/statements").param("registration", enrollment.id().toString()).with(asEmail(ownerEmail)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.statements.length()").value(6));
        mvc.perform(get("/api/v1/academy/xapi/statements").param("activity", courseActivity).param("verb", Verb.REGISTERED.iri())
                        .with(asEmail(ownerEmail)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.statements.length()").value(1));
        // the owner of another course sees nothing of this one, even asking by learner or activity
        mvc.perform(get("/api/v1/academy/xapi/statements").param("agent", agent(learner.personId())).with(asEmail(otherOwnerEmail)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.statements.length()").value(0));
        mvc.perform(get("/api/v1/academy/xapi/statements").param("activity", courseActivity).with(asEmail(otherOwnerEmail)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.statements.length()").value(0));
        mvc.perform(get("/api/v1/academy/xapi/statements").param("registration", enrollment.id().toString()).with(as("admin")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.statements.length()").value(6));
    }

    @Test
    void pagesFollowTheMoreLinkAndTheDownloadIsNdjson() throws Exception {
        String first = mvc.perform(get("/api/v1/academy/xapi/statements").param("registration", enrollment.id().toString())
                        .param("limit", "4").with(asEmail(learnerEmail)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.statements.length()").value(4))
                .andReturn().getResponse().getContentAsString();
        String more = json.readTree(first).path("more").asText();
        assertThat(more).startsWith("/api/v1/academy/xapi/statements?");
        String second = mvc.perform(get(java.net.URI.create(more)).with(asEmail(learnerEmail)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.statements.length()").value(2)).andExpect(jsonPath("$.more").value(""))
                .andReturn().getResponse().getContentAsString();
        List<String> ids = new java.util.ArrayList<>();
        json.readTree(first).path("statements").forEach(s -> ids.add(s.path("id").asText()));
        json.readTree(second).path("statements").forEach(s -> ids.add(s.path("id").asText()));
        assertThat(ids).doesNotHaveDuplicates().hasSize(6);

        String ndjson = mvc.perform(get("/api/v1/academy/xapi/statements/download").param("registration", enrollment.id().toString())
                        .with(asEmail(learnerEmail)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", org.hamcrest.Matchers.startsWith("application/x-ndjson")))
                .andReturn().getResponse().getContentAsString();
        String[] lines = ndjson.strip().split("\n");
        assertThat(lines).hasSize(6);
        for (String line : lines) {
            assertThat(json.readTree(line).path("actor").path("account").path("name").asText()).isEqualTo(learner.personId().toString());
        }
        String foreign = mvc.perform(get("/api/v1/academy/xapi/statements/download").param("registration", enrollment.id().toString())
                .with(asEmail(otherLearnerEmail))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(foreign).isEmpty();
    }

    private List<JsonNode> statementsOf(UUID person) throws Exception {
        return jdbc.sql("SELECT statement::text FROM academy.xapi_statement WHERE actor_person_id = ?").param(person)
                .query(String.class).list().stream().map(this::read).toList();
    }

    private JsonNode read(String text) {
        try {
            return json.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String agent(UUID person) {
        return "{\"objectType\":\"Agent\",\"account\":{\"homePage\":\"" + activities.homePage() + "\",\"name\":\"" + person + "\"}}";
    }
}
