package kz.edufusion.labormarket.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import kz.edufusion.common.csv.RejectedRow;

/** Text values of a row turned into typed ones; a value that does not parse rejects the row, naming the field. */
final class FieldValues {

    static final ZoneId KAZAKHSTAN = ZoneId.of("Asia/Almaty");
    /** hh writes offsets without a colon: 2025-11-27T15:47:29+0300. */
    private static final DateTimeFormatter HH_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss[.SSS]xx");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]+");
    private static final Pattern TAG_SEPARATOR = Pattern.compile("[,;]");

    private FieldValues() {
    }

    /** A salary figure: "300000.0", "300 000", "300000,50". */
    static BigDecimal number(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String digits = SPACES.matcher(value).replaceAll("");
        if (digits.indexOf(',') >= 0 && digits.indexOf('.') < 0) {
            digits = digits.replace(',', '.');
        }
        try {
            return new BigDecimal(digits);
        } catch (NumberFormatException e) {
            throw new RejectedRow(field + " '" + abbreviate(value) + "' is not a number");
        }
    }

    static Boolean bool(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "1", "yes", "да", "иә", "gross" -> Boolean.TRUE;
            case "false", "0", "no", "нет", "жоқ", "net" -> Boolean.FALSE;
            default -> throw new RejectedRow(field + " '" + abbreviate(value) + "' is not true or false");
        };
    }

    /** ISO-8601 or hh's form; with a pattern, a date-time without offset or a bare date is Kazakhstan time. */
    static OffsetDateTime date(String field, String value, DateTimeFormatter pattern) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        try {
            if (pattern != null) {
                TemporalAccessor parsed = pattern.parseBest(text, OffsetDateTime::from, LocalDateTime::from, LocalDate::from);
                if (parsed instanceof OffsetDateTime offset) {
                    return offset;
                }
                LocalDateTime local = parsed instanceof LocalDateTime time ? time : ((LocalDate) parsed).atStartOfDay();
                return local.atZone(KAZAKHSTAN).toOffsetDateTime();
            }
            return text.length() > 5 && text.charAt(text.length() - 3) == ':'
                    ? OffsetDateTime.parse(text) : OffsetDateTime.parse(text, HH_DATE);
        } catch (DateTimeParseException e) {
            throw new RejectedRow(field + " '" + abbreviate(value) + "' is not a date"
                    + (pattern == null ? " like 2025-11-27T15:47:29+0300" : " in the mapping's format"));
        }
    }

    /** Employer tags written in one field: "C, C++; Python". */
    static List<String> tags(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        return Arrays.stream(TAG_SEPARATOR.split(value)).map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
    }

    static String abbreviate(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "...";
    }
}
