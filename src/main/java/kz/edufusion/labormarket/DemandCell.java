package kz.edufusion.labormarket;

import java.time.YearMonth;

/**
 * One cell of {@link DemandSignals}: {@code vacancies} published in {@code month} for occupations of the ISCO-08
 * unit group {@code iscoCode} in {@code regionCode} and NACE {@code naceSection}, from {@code source} (e.g.
 * {@code hh}), asking for {@code skillUri} (empty: the total of the cell). Unknown ISCO group, region or section
 * are empty strings. {@code withSalary} of them name a salary; {@code salarySumKzt} is the sum of those monthly
 * salaries in KZT, so means add up across cells.
 */
public record DemandCell(YearMonth month, String iscoCode, String regionCode, String naceSection, String source,
        String skillUri, int vacancies, int withSalary, double salarySumKzt) {

    public boolean total() {
        return skillUri.isEmpty();
    }
}
