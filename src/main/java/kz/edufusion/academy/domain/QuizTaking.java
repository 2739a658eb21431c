package kz.edufusion.academy.domain;

import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Objects;
import java.util.UUID;
import kz.edufusion.academy.QuizAttemptGraded;
import kz.edufusion.academy.domain.quiz.AttemptDeadline;
import kz.edufusion.academy.domain.quiz.QuestionDraw;
import kz.edufusion.academy.domain.quiz.QuizAnswer;
import kz.edufusion.academy.domain.quiz.QuizGrading;
import kz.edufusion.academy.domain.quiz.QuizQuestion;
import kz.edufusion.academy.domain.quiz.QuizResult;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A learner's side of quizzes: start an attempt (questions drawn with a stored seed), read it without any right
 * answer, submit it (graded by {@link QuizGrading}, the server's clock deciding with {@link AttemptDeadline}), and
 * read the result. Only learners enrolled on the quiz's version (404 for anyone else, and for others' attempts).
 * Starts of one learner take turns on the enrollment's row, so the attempts allowed cannot be exceeded by two starts
 * at once; an attempt is graded once (a second submit at the same time gets 409). Grading publishes
 * {@link QuizAttemptGraded} and checks the completion rule in the same transaction.
 */
@Service
@Transactional
public class QuizTaking {

    private static final SecureRandom SEEDS = new SecureRandom();

    private final QuizStore quizzes;
    private final VersionStore versions;
    private final EnrollmentStore enrollments;
    private final CourseCompletion completion;
    private final ApplicationEventPublisher events;

    QuizTaking(QuizStore quizzes, VersionStore versions, EnrollmentStore enrollments, CourseCompletion completion,
            ApplicationEventPublisher events) {
        this.quizzes = quizzes;
        this.versions = versions;
        this.enrollments = enrollments;
        this.completion = completion;
        this.events = events;
    }

    /** The quizzes of the learner's version with their standing; empty for someone not enrolled. */
    public List<LearnerQuiz> ofCourse(CurrentUser user, UUID courseId) {
        if (user == null) {
            return List.of();
        }
        Optional<EnrollmentView> enrollment = enrollments.of(user.personId(), courseId);
        if (enrollment.isEmpty()) {
            return List.of();
        }
        EnrollmentView e = enrollment.get();
        return quizzes.quizzesOf(e.versionId()).stream().map(q -> {
            List<AttemptRow> attempts = closeExpired(e, q, quizzes.attempts(e.id(), q.id()));
            UUID running = attempts.stream().filter(a -> !a.submitted()).map(AttemptRow::id).findFirst().orElse(null);
            UUID last = attempts.stream().filter(AttemptRow::submitted).max(Comparator.comparingInt(AttemptRow::number))
                    .map(AttemptRow::id).orElse(null);
            return new LearnerQuiz(q, mark(attempts), Math.max(0, q.maxAttempts() - attempts.size()), running, last);
        }).toList();
    }

    /** Starts an attempt, or answers the one still running; 409 when no attempt is left. */
    public UUID start(CurrentUser user, UUID quizId) {
        QuizView quiz = quizzes.quiz(quizId).orElseThrow(Ownership::hidden);
        EnrollmentView enrollment = enrollmentOn(user, quiz);
        quizzes.lockEnrollment(enrollment.id());
        List<AttemptRow> attempts = closeExpired(enrollment, quiz, quizzes.attempts(enrollment.id(), quizId));
        Optional<AttemptRow> running = attempts.stream().filter(a -> !a.submitted()).findFirst();
        if (running.isPresent()) {
            return running.get().id();
        }
        if (attempts.size() >= quiz.maxAttempts()) {
            throw DomainProblem.conflict("academyQuiz.problem.noAttemptsLeft");
        }
        List<UUID> bank = quizzes.bank(quizId);
        if (bank.size() < quiz.drawCount()) {
            throw DomainProblem.conflict("academy.quiz.problem.drawLargerThanBank");
        }
        long seed = SEEDS.nextLong();
        Instant now = Instant.now();
        AttemptRow attempt = new AttemptRow(UUID.randomUUID(), enrollment.id(), quizId, attempts.size() + 1, seed,
                QuestionDraw.draw(bank, quiz.drawCount(), seed), now,
                quiz.timeLimitMinutes() == null ? null : now.plus(Duration.ofMinutes(quiz.timeLimitMinutes())), null, null, null);
        quizzes.insertAttempt(attempt);
        return attempt.id();
    }

    /** The running attempt's questions without answers; an attempt whose time ran out is graded first (as unanswered). */
    public AttemptSheet sheet(CurrentUser user, UUID attemptId) {
        Owned owned = owned(user, attemptId);
        AttemptRow attempt = owned.attempt();
        if (!attempt.submitted() && !deadline(attempt).accepts(Instant.now())) {
            grade(owned, Map.of(), Instant.now());
            attempt = quizzes.attempt(attemptId).orElseThrow();
        }
        List<SheetQuestion> questions = quizzes.questions(attempt.drawn()).stream().map(SheetQuestion::of).toList();
        return new AttemptSheet(attempt.id(), owned.enrollment().courseId(), owned.quiz(), attempt.number(), attempt.startedAt(),
                attempt.deadline(), attempt.submitted(), questions);
    }

    /**
     * Grades the attempt. Answers that arrive after start + limit + grace are not read: the attempt is graded as
     * unanswered, as it would be had the learner never sent it.
     */
    public AttemptResult submit(CurrentUser user, UUID attemptId, Map<UUID, QuizAnswer> answers) {
        Owned owned = owned(user, attemptId);
        if (owned.attempt().submitted()) {
            throw DomainProblem.conflict("academyQuiz.problem.alreadySubmitted");
        }
        Instant now = Instant.now();
        grade(owned, deadline(owned.attempt()).accepts(now) ? answers : Map.of(), now);
        return result(user, attemptId);
    }

    @Transactional(readOnly = true)
    public AttemptResult result(CurrentUser user, UUID attemptId) {
        Owned owned = owned(user, attemptId);
        AttemptRow attempt = owned.attempt();
        if (!attempt.submitted()) {
            throw DomainProblem.conflict("academyQuiz.problem.notSubmitted");
        }
        Map<UUID, BigDecimal> points = quizzes.answerPoints(attemptId);
        List<AttemptResult.Line> lines = quizzes.questions(attempt.drawn()).stream().map(q -> {
            BigDecimal earned = points.getOrDefault(q.id(), BigDecimal.ZERO);
            return new AttemptResult.Line(q.id(), q.kind(), q.text(), earned.compareTo(BigDecimal.valueOf(q.points())) >= 0,
                    earned.stripTrailingZeros(), q.points());
        }).toList();
        int used = quizzes.attempts(owned.enrollment().id(), owned.quiz().id()).size();
        boolean late = attempt.deadline() != null && attempt.submittedAt().isAfter(attempt.deadline().plus(AttemptDeadline.DEFAULT_GRACE));
        return new AttemptResult(attemptId, owned.enrollment().courseId(), owned.quiz(), attempt.number(), attempt.score(),
                Boolean.TRUE.equals(attempt.passed()), attempt.submittedAt(), late,
                Math.max(0, owned.quiz().maxAttempts() - used), lines);
    }

    private void grade(Owned owned, Map<UUID, QuizAnswer> answers, Instant at) {
        AttemptRow attempt = owned.attempt();
        List<QuestionView> drawn = quizzes.questions(attempt.drawn());
        List<QuizQuestion> engine = drawn.stream().map(QuestionView::engine).toList();
        QuizResult result = QuizGrading.grade(engine, answers, owned.quiz().passPercent());
        if (!quizzes.grade(attempt.id(), at, result.percent(), result.passed())) {
            throw DomainProblem.conflict("academyQuiz.problem.alreadySubmitted");
        }
        List<QuizAttemptGraded.QuestionAnswered> answered = new ArrayList<>();
        for (QuestionView question : drawn) {
            QuizAnswer answer = answers.getOrDefault(question.id(), QuizAnswer.NONE);
            BigDecimal points = QuizGrading.points(question.engine(), answer);
            quizzes.insertAnswer(attempt.id(), question.id(), answer.chosen().stream().filter(Objects::nonNull).toList(),
                    answer.text(), points, question.points());
            answered.add(new QuizAttemptGraded.QuestionAnswered(question.questionKey(),
                    points.compareTo(BigDecimal.valueOf(question.points())) >= 0, points, BigDecimal.valueOf(question.points())));
        }
        EnrollmentView e = owned.enrollment();
        events.publishEvent(new QuizAttemptGraded(attempt.id(), e.id(), e.learnerId(), e.courseId(), owned.quiz().versionId(),
                owned.quiz().quizKey(), answered, result.percent(), result.passed(), at));
        if (result.passed()) {
            completion.evaluate(e.id());
        }
    }

    /** Attempts whose time ran out while nobody submitted them are graded as unanswered, so they count as used. */
    private List<AttemptRow> closeExpired(EnrollmentView enrollment, QuizView quiz, List<AttemptRow> attempts) {
        Instant now = Instant.now();
        List<AttemptRow> expired = attempts.stream().filter(a -> !a.submitted() && !deadline(a).accepts(now)).toList();
        if (expired.isEmpty()) {
            return attempts;
        }
        expired.forEach(a -> grade(new Owned(a, quiz, enrollment), Map.of(), now));
        return quizzes.attempts(enrollment.id(), quiz.id());
    }

    private static AttemptDeadline deadline(AttemptRow attempt) {
        return new AttemptDeadline(attempt.startedAt(), Optional.ofNullable(attempt.deadline())
                .map(d -> Duration.between(attempt.startedAt(), d)), AttemptDeadline.DEFAULT_GRACE);
    }

    static QuizMark mark(List<AttemptRow> attempts) {
        List<AttemptRow> graded = attempts.stream().filter(AttemptRow::submitted).toList();
        BigDecimal best = graded.stream().map(AttemptRow::score).max(Comparator.naturalOrder()).orElse(null);
        return new QuizMark(best, graded.size(), graded.stream().anyMatch(a -> Boolean.TRUE.equals(a.passed())));
    }

    private EnrollmentView enrollmentOn(CurrentUser user, QuizView quiz) {
        if (user == null) {
            throw Ownership.hidden();
        }
        VersionView version = versions.version(quiz.versionId()).orElseThrow(Ownership::hidden);
        return enrollments.of(user.personId(), version.courseId()).filter(e -> e.versionId().equals(quiz.versionId()))
                .orElseThrow(Ownership::hidden);
    }

    /** The attempt, when it is the user's own: anyone else's attempt does not exist for them. */
    private Owned owned(CurrentUser user, UUID attemptId) {
        AttemptRow attempt = quizzes.attempt(attemptId).orElseThrow(Ownership::hidden);
        QuizView quiz = quizzes.quiz(attempt.quizId()).orElseThrow(Ownership::hidden);
        if (user == null) {
            throw Ownership.hidden();
        }
        VersionView version = versions.version(quiz.versionId()).orElseThrow(Ownership::hidden);
        EnrollmentView enrollment = enrollments.of(user.personId(), version.courseId())
                .filter(e -> e.id().equals(attempt.enrollmentId())).orElseThrow(Ownership::hidden);
        return new Owned(attempt, quiz, enrollment);
    }

    private record Owned(AttemptRow attempt, QuizView quiz, EnrollmentView enrollment) {
    }
}
