package kz.edufusion.academy.records;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kz.edufusion.academy.AssignmentGraded;
import kz.edufusion.academy.CourseCompleted;
import kz.edufusion.academy.LearnerEnrolled;
import kz.edufusion.academy.LessonCompleted;
import kz.edufusion.academy.LessonOpened;
import kz.edufusion.academy.QuizAttemptGraded;
import org.springframework.stereotype.Component;

/**
 * Turns the academy's events into xAPI 1.0.3 statements. Each statement's id is a name-based UUID of the event's
 * identity (kind and the ids that make the event unique), so the same event always gives the same id and a second
 * delivery stores nothing new. Context: registration = the enrollment, parent = the course (for a question: the quiz,
 * with the course as grouping), and the course version as an extension.
 */
@Component
class StatementFactory {

    private final Activities activities;
    private final ObjectMapper json;

    StatementFactory(Activities activities, ObjectMapper json) {
        this.activities = activities;
        this.json = json;
    }

    Statement registered(LearnerEnrolled e) {
        return build(id("registered", e.enrollmentId()), e.learnerId(), Verb.REGISTERED, activities.course(e.courseId()),
                Activities.TYPE_COURSE, e.courseId(), e.versionId(), e.enrollmentId(), null, null, null, null, e.at());
    }

    Statement experienced(LessonOpened e) {
        return build(id("experienced", e.enrollmentId(), e.lessonId(), e.at().truncatedTo(ChronoUnit.MICROS)), e.learnerId(),
                Verb.EXPERIENCED, activities.lesson(e.lessonKey()), Activities.TYPE_LESSON, e.courseId(), e.versionId(),
                e.enrollmentId(), activities.course(e.courseId()), null, null, null, e.at());
    }

    Statement lessonCompleted(LessonCompleted e) {
        return build(id("completed-lesson", e.enrollmentId(), e.lessonKey()), e.learnerId(), Verb.COMPLETED,
                activities.lesson(e.lessonKey()), Activities.TYPE_LESSON, e.courseId(), e.versionId(), e.enrollmentId(),
                activities.course(e.courseId()), null, true, null, e.at());
    }

    Statement courseCompleted(CourseCompleted e) {
        return build(id("completed-course", e.enrollmentId()), e.learnerId(), Verb.COMPLETED, activities.course(e.courseId()),
                Activities.TYPE_COURSE, e.courseId(), e.versionId(), e.enrollmentId(), null, null, true, null, e.at());
    }

    /** One "answered" per drawn question, in the order shown, then "passed" or "failed" for the attempt. */
    List<Statement> attempt(QuizAttemptGraded e) {
        List<Statement> statements = new ArrayList<>();
        String quiz = activities.quiz(e.quizKey());
        for (QuizAttemptGraded.QuestionAnswered a : e.answers()) {
            Statement s = build(id("answered", e.attemptId(), a.questionKey()), e.learnerId(), Verb.ANSWERED,
                    activities.question(a.questionKey()), Activities.TYPE_QUESTION, e.courseId(), e.versionId(), e.enrollmentId(),
                    quiz, a.correct(), null, scaled(a.points(), a.maxPoints()), e.at());
            if (s.json().path("result").get("score") instanceof ObjectNode score) {
                score.put("raw", a.points()).put("min", 0).put("max", a.maxPoints());
            }
            ((ObjectNode) s.json().get("context").get("contextActivities")).putArray("grouping")
                    .add(activity(activities.course(e.courseId()), Activities.TYPE_COURSE));
            statements.add(s);
        }
        Verb verb = e.passed() ? Verb.PASSED : Verb.FAILED;
        statements.add(build(id("attempt", e.attemptId()), e.learnerId(), verb, quiz, Activities.TYPE_ASSESSMENT, e.courseId(),
                e.versionId(), e.enrollmentId(), activities.course(e.courseId()), e.passed(), true, percent(e.scorePercent()), e.at()));
        return statements;
    }

    /** A graded assignment: passed or failed; a second grading of the same submission is a statement of its own. */
    Statement assignment(AssignmentGraded e) {
        Verb verb = e.passed() ? Verb.PASSED : Verb.FAILED;
        return build(id("assignment", e.submissionId(), e.at().truncatedTo(ChronoUnit.MICROS)), e.learnerId(), verb,
                activities.assignment(e.assignmentKey()), Activities.TYPE_ASSESSMENT, e.courseId(), e.versionId(), e.enrollmentId(),
                activities.course(e.courseId()), e.passed(), true, percent(e.scorePercent()), e.at());
    }

    private Statement build(UUID id, UUID actor, Verb verb, String objectId, String objectType, UUID courseId, UUID versionId,
            UUID registration, String parent, Boolean success, Boolean completion, BigDecimal scaled, Instant at) {
        ObjectNode s = json.createObjectNode();
        s.put("id", id.toString());
        s.set("actor", agent(actor));
        ObjectNode v = s.putObject("verb");
        v.put("id", verb.iri());
        v.putObject("display").put("en-US", verb.word());
        s.set("object", activity(objectId, objectType));
        if (success != null || completion != null || scaled != null) {
            ObjectNode result = s.putObject("result");
            if (success != null) {
                result.put("success", success);
            }
            if (completion != null) {
                result.put("completion", completion);
            }
            if (scaled != null) {
                result.putObject("score").put("scaled", scaled);
            }
        }
        ObjectNode context = s.putObject("context");
        context.put("registration", registration.toString());
        context.put("platform", "EduFusion");
        if (parent != null) {
            context.putObject("contextActivities").putArray("parent").add(activity(parent, parent.contains("/quiz/")
                    ? Activities.TYPE_ASSESSMENT : Activities.TYPE_COURSE));
        }
        context.putObject("extensions").put(activities.versionExtension(), versionId.toString());
        s.put("timestamp", at.truncatedTo(ChronoUnit.MILLIS).toString());
        s.put("version", "1.0.3");
        return new Statement(id, actor, verb, objectId, courseId, registration, parent, success, completion, scaled, at, s);
    }

    /** The actor of every statement: an account at the platform, named by the person id (never an e-mail). */
    ObjectNode agent(UUID person) {
        ObjectNode agent = json.createObjectNode();
        agent.put("objectType", "Agent");
        agent.putObject("account").put("homePage", activities.homePage()).put("name", person.toString());
        return agent;
    }

    private ObjectNode activity(String id, String type) {
        ObjectNode object = json.createObjectNode();
        object.put("objectType", "Activity");
        object.put("id", id);
        object.putObject("definition").put("type", type);
        return object;
    }

    private static BigDecimal percent(BigDecimal percent) {
        return percent == null ? null : percent.divide(BigDecimal.valueOf(100), 4, RoundingMode.HALF_UP).min(BigDecimal.ONE)
                .max(BigDecimal.ZERO);
    }

    private static BigDecimal scaled(BigDecimal points, BigDecimal max) {
        if (points == null || max == null || max.signum() == 0) {
            return null;
        }
        return points.divide(max, 4, RoundingMode.HALF_UP).min(BigDecimal.ONE).max(BigDecimal.ZERO);
    }

    static UUID id(String kind, Object... parts) {
        StringBuilder name = new StringBuilder("edufusion:academy:").append(kind);
        for (Object part : parts) {
            name.append(':').append(part);
        }
        return UUID.nameUUIDFromBytes(name.toString().getBytes(StandardCharsets.UTF_8));
    }
}
