package kz.edufusion.labormarket;

import java.math.BigDecimal;
import java.time.Instant;

/** A vacancy in a result list. */
public record VacancySummary(long id, String title, String employerName, String city, String regionCode,
        String naceSection, BigDecimal salaryKztMonth, Instant publishedAt) {
}
