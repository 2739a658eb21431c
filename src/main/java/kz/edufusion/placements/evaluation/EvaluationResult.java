package kz.edufusion.placements.evaluation;

import java.math.BigDecimal;
import java.time.Instant;

/** The decision on a placement: the two final scores, their mean, the minimum in force then, and whether it passed. */
public record EvaluationResult(BigDecimal mentorScore, BigDecimal tutorScore, BigDecimal score, BigDecimal minimumScore,
        boolean passed, Instant decidedAt) {

    /** The reason the placement's status carries: language-neutral, the full sentence is on the evaluation page. */
    String statusReason() {
        return score.toPlainString() + " % " + (passed ? "≥" : "<") + " " + minimumScore.toPlainString() + " %";
    }
}
