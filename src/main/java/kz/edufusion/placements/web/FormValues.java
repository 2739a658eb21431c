package kz.edufusion.placements.web;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.springframework.validation.BindingResult;

/** Typed values read from a form's text fields: blank is null, unreadable is a field error on that field. */
final class FormValues {

    private FormValues() {
    }

    static Integer integer(String text, String field, BindingResult errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip().replace(" ", ""));
        } catch (NumberFormatException e) {
            errors.rejectValue(field, "placements.validation.number");
            return null;
        }
    }

    static LocalDate date(String text, String field, BindingResult errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "placements.validation.date");
            return null;
        }
    }

    static LocalDateTime dateTime(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Codes written one per line or separated by commas or spaces. */
    static List<String> codes(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("[,;\\s]+")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    static List<String> lines(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return text.lines().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    static String text(Integer value) {
        return value == null ? "" : value.toString();
    }
}
