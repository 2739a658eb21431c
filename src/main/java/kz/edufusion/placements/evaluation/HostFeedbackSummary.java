package kz.edufusion.placements.evaluation;

import java.math.BigDecimal;

/**
 * What a company sees of its interns' feedback: the number of answers and, only from {@link HostFeedbacks#MINIMUM_ANSWERS}
 * answers on, the mean ratings and the share who would recommend it (null below that, so nobody's answer can be read off).
 * Texts are never shown to the company.
 */
public record HostFeedbackSummary(int answers, boolean shown, BigDecimal mentoring, BigDecimal tasks, BigDecimal conditions,
        Integer recommendPercent) {

    public int minimumAnswers() {
        return HostFeedbacks.MINIMUM_ANSWERS;
    }
}
