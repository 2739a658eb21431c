package kz.edufusion.academy.analytics;

import java.math.BigDecimal;
import kz.edufusion.common.LocalizedText;

/** The figures of one region, university or course in a semester; null figures are hidden (fewer than five). */
public record GroupRow(String key, LocalizedText label, boolean remote, Long enrollments, Long female, Long completed,
        BigDecimal completionRate, BigDecimal passRate) {
}
