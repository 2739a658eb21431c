package kz.edufusion.labormarket.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** A validated, normalized vacancy with its skills: exactly what the writer stores in vacancy and vacancy_skill. */
record PreparedVacancy(long rowNumber, String source, String sourceId, String title, String description,
        String language, String city, String regionCode, BigDecimal salaryFrom, BigDecimal salaryTo,
        String salaryCurrency, Boolean salaryGross, BigDecimal salaryKztMonth, String experience, String schedule,
        String employment, String employerName, String employerKey, UUID organizationId, String naceSection,
        String occupationUri, String iscoCode, List<String> tags, String url, OffsetDateTime publishedAt,
        LocalDate publishedMonth, long textHash, List<Skill> skills, long contentHash) {

    /** A skill of the vacancy: the engine's score (rounded) and whether the text, the employer's tags or both named it. */
    record Skill(String uri, float score, String origin) {
    }
}
