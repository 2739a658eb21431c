package kz.edufusion.labormarket;

import java.math.BigDecimal;
import kz.edufusion.common.LocalizedText;

/**
 * Demand for one skill in a filter: vacancies asking for it, their share of all vacancies in the filter,
 * the median monthly salary (KZT) of those of them that name a salary (null when none does), and the same
 * count in the previous period of equal length. {@code changePercent} is null when the skill had no vacancy then.
 */
public record SkillDemand(String skillUri, LocalizedText label, long vacancies, double share, long withSalary,
        BigDecimal medianSalaryKzt, long previousVacancies, Double changePercent) {

    public static Double change(long current, long previous) {
        return previous == 0 ? null : (current - previous) * 100.0 / previous;
    }
}
