package kz.edufusion.labormarket.web;

import java.time.format.DateTimeParseException;
import java.util.function.Function;
import org.springframework.validation.BindingResult;

/**
 * The search forms keep what was typed as text, so that an unreadable month, date or number comes back to the
 * page as a field error next to its field instead of a conversion failure of the whole request.
 */
final class TypedFields {

    private TypedFields() {
    }

    /** Null for a blank value; an unreadable one is rejected on the field with the message key and read as null. */
    static <T> T read(String field, String value, Function<String, T> parser, String errorKey, BindingResult errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.strip());
        } catch (DateTimeParseException | NumberFormatException e) {
            errors.rejectValue(field, errorKey);
            return null;
        }
    }
}
