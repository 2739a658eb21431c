package kz.edufusion.academy.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.validation.BindingResult;

/** Reading form text into values; what does not read is a field error and a null the domain reports no further. */
final class FormValues {

    private FormValues() {
    }

    static Integer integer(String text, String field, BindingResult errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            errors.rejectValue(field, "academy.validation.number");
            return null;
        }
    }

    static BigDecimal decimal(String text, String field, BindingResult errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            errors.rejectValue(field, "academy.validation.number");
            return null;
        }
    }

    static <E extends Enum<E>> E constant(Class<E> type, String text, String field, BindingResult errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip());
        } catch (IllegalArgumentException e) {
            errors.rejectValue(field, "academy.validation.choice");
            return null;
        }
    }

    static List<UUID> uuids(List<String> texts, String field, BindingResult errors) {
        List<UUID> ids = new ArrayList<>();
        for (String text : texts == null ? List.<String>of() : texts) {
            if (text == null || text.isBlank()) {
                continue;
            }
            try {
                ids.add(UUID.fromString(text.strip()));
            } catch (IllegalArgumentException e) {
                errors.rejectValue(field, "academy.validation.choice");
            }
        }
        return ids;
    }
}
