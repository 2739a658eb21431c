package kz.edufusion.academy.analytics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A semester of the Kazakhstan academic year that starts in September of {@code startYear}: AUTUMN from September to
 * January (the winter examination session closes the autumn semester), SPRING from February to June (with the summer
 * session), SUMMER in July and August (the short summer term). Dates are read in Kazakhstan time (one zone, UTC+5,
 * since 2024). The code, e.g. {@code 2026-AUTUMN}, sorts in calendar order within a year because the terms' names
 * do. Growth is measured against the previous semester of the same kind of term: a regular semester against the one
 * before it (AUTUMN 2026 against SPRING of 2025/26), a summer term against last year's summer term, since a short
 * summer term against a full semester would say nothing about the +25% target.
 */
public record AcademicSemester(int startYear, Term term) {

    public static final ZoneId KAZAKHSTAN = ZoneId.of("Asia/Almaty");

    public enum Term { AUTUMN, SPRING, SUMMER }

    public static AcademicSemester of(Instant at) {
        return of(LocalDate.ofInstant(at, KAZAKHSTAN));
    }

    public static AcademicSemester of(LocalDate day) {
        int month = day.getMonthValue();
        if (month >= 9) {
            return new AcademicSemester(day.getYear(), Term.AUTUMN);
        }
        if (month == 1) {
            return new AcademicSemester(day.getYear() - 1, Term.AUTUMN);
        }
        return new AcademicSemester(day.getYear() - 1, month <= 6 ? Term.SPRING : Term.SUMMER);
    }

    public static AcademicSemester parse(String code) {
        String[] parts = code.split("-", 2);
        return new AcademicSemester(Integer.parseInt(parts[0]), Term.valueOf(parts[1]));
    }

    /** The semester whose figures this one's growth is measured against. */
    public AcademicSemester previous() {
        return switch (term) {
            case AUTUMN -> new AcademicSemester(startYear - 1, Term.SPRING);
            case SPRING -> new AcademicSemester(startYear, Term.AUTUMN);
            case SUMMER -> new AcademicSemester(startYear - 1, Term.SUMMER);
        };
    }

    public String code() {
        return startYear + "-" + term.name();
    }

    /** The academic year as written in Kazakhstan, e.g. 2026/27. */
    public String academicYear() {
        return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
    }
}
