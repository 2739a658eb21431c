package kz.edufusion.academy.domain.quiz;

import java.math.BigDecimal;

/** The score of a submitted attempt: points earned of points possible, the percentage, and whether it passed. */
public record QuizResult(BigDecimal earned, int possible, BigDecimal percent, boolean passed) {
}
