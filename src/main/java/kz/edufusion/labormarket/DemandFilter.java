package kz.edufusion.labormarket;

import java.time.YearMonth;

/**
 * What a demand question is about: the months {@code from}..{@code to} (inclusive), optionally one region (an
 * ISO 3166-2:KZ code), one NACE section (a letter A-U) and one skill. Null region or section means all of them.
 * The skill narrows the skill rows answered (top, rising, falling) to that skill; shares stay shares of all
 * vacancies of the period, region and section. Unknown codes are refused by the facade with a
 * {@link kz.edufusion.common.web.DomainProblem} naming the field.
 */
public record DemandFilter(YearMonth from, YearMonth to, String regionCode, String naceSection, String skillUri) {

    public DemandFilter {
        regionCode = blankToNull(regionCode);
        naceSection = blankToNull(naceSection);
        skillUri = blankToNull(skillUri);
    }

    public static DemandFilter period(YearMonth from, YearMonth to) {
        return new DemandFilter(from, to, null, null, null);
    }

    /** Number of months in the period. */
    public int months() {
        return (int) (to.getYear() * 12L + to.getMonthValue() - (from.getYear() * 12L + from.getMonthValue())) + 1;
    }

    /** The period of equal length right before this one, same region, section and skill. */
    public DemandFilter previous() {
        return new DemandFilter(from.minusMonths(months()), from.minusMonths(1), regionCode, naceSection, skillUri);
    }

    /**
     * The same filter with a period where it lacks one: up to {@code latest} (the latest month with data), and
     * the twelve months ending there.
     */
    public DemandFilter withDefaultPeriod(YearMonth latest) {
        YearMonth end = to != null ? to : from != null && from.plusMonths(11).isBefore(latest) ? from.plusMonths(11) : latest;
        YearMonth start = from != null ? from : end.minusMonths(11);
        return new DemandFilter(start, end, regionCode, naceSection, skillUri);
    }

    public DemandFilter withSkill(String uri) {
        return new DemandFilter(from, to, regionCode, naceSection, uri);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
