package kz.edufusion.labormarket;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One vacancy as imported and normalized, with the skills found in it (highest score first). */
public record VacancyDetails(long id, String source, String title, String description, String language,
        String employerName, UUID organizationId, String city, String regionCode, String naceSection,
        String occupationUri, String iscoCode, BigDecimal salaryFrom, BigDecimal salaryTo, String salaryCurrency,
        BigDecimal salaryKztMonth, String experience, String schedule, String employment, List<String> tags,
        String url, Instant publishedAt, Long duplicateOf, List<VacancySkill> skills) {

    public VacancyDetails {
        tags = List.copyOf(tags);
        skills = List.copyOf(skills);
    }
}
