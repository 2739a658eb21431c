package kz.edufusion.academy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A learner handed in a quiz attempt (or its time ran out) and it was graded. {@code quizKey} names the quiz across
 * versions, as {@code lessonKey} names a lesson; {@code answers} are the drawn questions in the order shown, so the
 * learning records can say "answered" for each and "passed" or "failed" for the attempt.
 */
public record QuizAttemptGraded(UUID attemptId, UUID enrollmentId, UUID learnerId, UUID courseId, UUID versionId,
        UUID quizKey, List<QuestionAnswered> answers, BigDecimal scorePercent, boolean passed, Instant at) {

    public QuizAttemptGraded {
        answers = List.copyOf(answers);
    }

    /** One drawn question: its key (stable across versions), whether the answer was right, and the points earned. */
    public record QuestionAnswered(UUID questionKey, boolean correct, BigDecimal points, BigDecimal maxPoints) {
    }
}
