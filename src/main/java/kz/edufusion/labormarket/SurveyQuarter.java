package kz.edufusion.labormarket;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar quarter such as {@code 2026-Q4}, the period of one employer survey round. Quarters begin and end at
 * midnight in Kazakhstan time (UTC+5), whatever zone the server runs in, so "the quarter has ended" means the same
 * to every representative and every node.
 */
public record SurveyQuarter(int year, int quarter) implements Comparable<SurveyQuarter> {

    public static final ZoneId ZONE = ZoneId.of("Asia/Almaty");
    private static final Pattern TEXT = Pattern.compile("([0-9]{4})-Q([1-4])");

    public SurveyQuarter {
        if (year < 1000 || year > 9999 || quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("not a quarter: " + year + "-Q" + quarter);
        }
    }

    /** Parses {@code 2026-Q4}; anything else is an {@link IllegalArgumentException}. */
    public static SurveyQuarter parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text.strip().toUpperCase(java.util.Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("not a quarter: " + text);
        }
        return new SurveyQuarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public static SurveyQuarter of(LocalDate date) {
        return new SurveyQuarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    public static SurveyQuarter at(Instant instant) {
        return of(instant.atZone(ZONE).toLocalDate());
    }

    public LocalDate firstDay() {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    /** The first day of the next quarter: the quarter covers [firstDay, endExclusive). */
    public LocalDate endExclusive() {
        return firstDay().plusMonths(3);
    }

    /** The moment after which answers for this quarter can no longer be changed. */
    public Instant closesAt() {
        return endExclusive().atStartOfDay(ZONE).toInstant();
    }

    /** True while answers may be given or changed: from the quarter's first day until it ends. */
    public boolean openAt(Instant now) {
        return !now.isBefore(firstDay().atStartOfDay(ZONE).toInstant()) && now.isBefore(closesAt());
    }

    public SurveyQuarter previous() {
        return quarter == 1 ? new SurveyQuarter(year - 1, 4) : new SurveyQuarter(year, quarter - 1);
    }

    @Override
    public int compareTo(SurveyQuarter other) {
        return Integer.compare(year * 4 + quarter, other.year * 4 + other.quarter);
    }

    @Override
    public String toString() {
        return year + "-Q" + quarter;
    }
}
