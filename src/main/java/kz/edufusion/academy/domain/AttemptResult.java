package kz.edufusion.academy.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kz.edufusion.academy.domain.quiz.QuestionKind;
import kz.edufusion.common.LocalizedText;

/**
 * A graded attempt as its learner sees it: score, passed, and for each drawn question whether the answer was right
 * and the points earned, but not what the right answer was (the attempt may not be the last one).
 */
public record AttemptResult(UUID attemptId, UUID courseId, QuizView quiz, int number, BigDecimal scorePercent, boolean passed,
        Instant submittedAt, boolean late, int attemptsLeft, List<Line> questions) {

    public record Line(UUID questionId, QuestionKind kind, LocalizedText text, boolean correct, BigDecimal points, int maxPoints) {
    }
}
