package kz.edufusion.labormarket;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A vacancy search: words in any of the three languages (web search syntax: "quoted phrases", -excluded, or),
 * and optional filters. Blank text lists the newest vacancies first. Duplicates are never listed.
 * {@code iscoCodes}: vacancies of any of these 4-digit ISCO-08 unit groups; {@code naceSections}: of any of these
 * sections (both empty: no such filter); the gap analysis links its vacancy counts here with exactly its targets.
 */
public record VacancySearch(String text, String regionCode, String naceSection, String skillUri,
        BigDecimal minSalaryKzt, LocalDate publishedFrom, LocalDate publishedTo, String employer,
        List<String> iscoCodes, List<String> naceSections) {

    public VacancySearch(String text, String regionCode, String naceSection, String skillUri, BigDecimal minSalaryKzt,
            LocalDate publishedFrom, LocalDate publishedTo, String employer) {
        this(text, regionCode, naceSection, skillUri, minSalaryKzt, publishedFrom, publishedTo, employer, List.of(), List.of());
    }

    public VacancySearch {
        iscoCodes = nonBlank(iscoCodes);
        naceSections = nonBlank(naceSections);
        text = blankToNull(text);
        regionCode = blankToNull(regionCode);
        naceSection = blankToNull(naceSection);
        skillUri = blankToNull(skillUri);
        employer = blankToNull(employer);
    }

    public static VacancySearch text(String text) {
        return new VacancySearch(text, null, null, null, null, null, null, null);
    }

    private static List<String> nonBlank(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip)
                .distinct().toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
