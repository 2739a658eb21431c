package kz.edufusion.academy.domain;

import java.math.BigDecimal;

/** A learner's standing in one quiz: best score in percent (null before a graded attempt), attempts graded, passed. */
public record QuizMark(BigDecimal best, int attempts, boolean passed) {

    public static final QuizMark NONE = new QuizMark(null, 0, false);
}
