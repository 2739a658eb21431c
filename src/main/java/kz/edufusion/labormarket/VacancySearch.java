package kz.edufusion.labormarket;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A vacancy search: words in any of the three languages (web search syntax: "quoted phrases", -excluded, or),
 * and optional filters. Blank text lists the newest vacancies first. Duplicates are never listed.
 */
public record VacancySearch(String text, String regionCode, String naceSection, String skillUri,
        BigDecimal minSalaryKzt, LocalDate publishedFrom, LocalDate publishedTo, String employer) {

    public VacancySearch {
        text = blankToNull(text);
        regionCode = blankToNull(regionCode);
        naceSection = blankToNull(naceSection);
        skillUri = blankToNull(skillUri);
        employer = blankToNull(employer);
    }

    public static VacancySearch text(String text) {
        return new VacancySearch(text, null, null, null, null, null, null, null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
