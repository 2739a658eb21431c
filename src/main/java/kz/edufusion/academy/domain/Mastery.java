package kz.edufusion.academy.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;

/**
 * The mastery score of a learner in a version: the mean, over every quiz of the version, of the learner's best
 * graded score in percent, a quiz not yet attempted counting 0; two decimals; none (null) when the version has no
 * quizzes. The best and not the last attempt counts, because a retake should never lower what was shown mastered;
 * an unattempted quiz counts 0 so the score cannot be raised by skipping the hard quizzes. It is shown, not used by
 * the completion rule (passing is each quiz's own pass mark).
 */
public final class Mastery {

    private Mastery() {
    }

    public static BigDecimal of(Collection<QuizMark> marksOfEveryQuiz) {
        if (marksOfEveryQuiz.isEmpty()) {
            return null;
        }
        BigDecimal sum = marksOfEveryQuiz.stream().map(m -> m.best() == null ? BigDecimal.ZERO : m.best())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.divide(BigDecimal.valueOf(marksOfEveryQuiz.size()), 2, RoundingMode.HALF_UP);
    }
}
