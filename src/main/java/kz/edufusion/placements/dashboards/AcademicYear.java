package kz.edufusion.placements.dashboards;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An academic year, 1 September to 31 August (the Kazakh academic calendar), named by the year it starts in
 * ("2026/2027"). A placement belongs to every academic year its dates touch: it starts on or before the year's last
 * day and ends on or after its first day, so a placement from June to September counts in both years.
 */
public record AcademicYear(int startYear) {

    static final int FIRST = 2000;
    static final int LAST = 2100;
    private static final Pattern TEXT = Pattern.compile("(\\d{4})(?:\\s*[/-]\\s*(\\d{4}))?");

    public AcademicYear {
        if (startYear < FIRST || startYear > LAST) {
            throw new IllegalArgumentException("academic year " + startYear);
        }
    }

    /** The academic year the day falls in. */
    public static AcademicYear of(LocalDate day) {
        return new AcademicYear(day.getMonthValue() >= 9 ? day.getYear() : day.getYear() - 1);
    }

    /** "2026/2027", "2026-2027" or "2026" (the year it starts in); empty for anything else. */
    public static Optional<AcademicYear> parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int start = Integer.parseInt(m.group(1));
        if (start < FIRST || start > LAST || m.group(2) != null && Integer.parseInt(m.group(2)) != start + 1) {
            return Optional.empty();
        }
        return Optional.of(new AcademicYear(start));
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, 9, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, 8, 31);
    }

    public String label() {
        return startYear + "/" + (startYear + 1);
    }

    @Override
    public String toString() {
        return label();
    }
}
