package kz.edufusion.programs.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.springframework.validation.Errors;

/**
 * Numbers, dates and choices typed into forms are bound as text and converted here, so a wrong value gets the
 * register's own message next to its field instead of Spring's type-mismatch text.
 */
final class FormValues {

    private FormValues() {
    }

    static Integer integer(String text, String field, Errors errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip().replace(" ", ""));
        } catch (NumberFormatException e) {
            errors.rejectValue(field, "programs.problem.number");
            return null;
        }
    }

    static LocalDate date(String text, String field, Errors errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.rejectValue(field, "programs.problem.date");
            return null;
        }
    }

    static <E extends Enum<E>> E choice(Class<E> type, String text, String field, Errors errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.rejectValue(field, "programs.problem.choice");
            return null;
        }
    }
}
