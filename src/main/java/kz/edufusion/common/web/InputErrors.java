package kz.edufusion.common.web;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.converter.HttpMessageNotReadableException;

/**
 * Turns input the framework could not even convert (malformed JSON, an unknown enum constant, "abc" where a
 * UUID belongs) into the field + message pairs of a validation problem, in the caller's language. The
 * framework's own messages name Java classes and Jackson internals, which neither help a client nor
 * belong in a public response.
 */
final class InputErrors {

    private final MessageSource messages;

    InputErrors(MessageSource messages) {
        this.messages = messages;
    }

    /** What the value of a parameter or JSON field of this type must look like, e.g. "must be a UUID". */
    String expectation(Class<?> type) {
        if (type == null) {
            return message("api.validation.type");
        }
        if (type.isEnum()) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
            return message("api.validation.enum", allowed);
        }
        if (UUID.class.equals(type)) {
            return message("api.validation.uuid");
        }
        if (type == int.class || type == long.class || type == Integer.class || type == Long.class
                || type == short.class || type == Short.class) {
            return message("api.validation.number");
        }
        if (type == boolean.class || type == Boolean.class) {
            return message("api.validation.boolean");
        }
        return message("api.validation.type");
    }

    /** The field to blame for an unreadable body, if Jackson could tell which one it was. */
    Optional<Map<String, String>> fieldError(HttpMessageNotReadableException ex) {
        if (ex.getCause() instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return Optional.of(field(path(mismatch), expectation(mismatch.getTargetType())));
        }
        return Optional.empty();
    }

    /** The problem's detail for a body that could not be read at all. */
    String unreadableDetail(HttpMessageNotReadableException ex) {
        if (ex.getCause() instanceof JsonParseException parse && parse.getLocation() != null) {
            return message("api.problem.malformedJson", parse.getLocation().getLineNr(), parse.getLocation().getColumnNr());
        }
        if (ex.getCause() == null) {
            // Spring's "Required request body is missing" has no cause: nothing was sent
            return message("api.problem.bodyMissing");
        }
        return message("api.problem.unreadable");
    }

    String invalidField(String field, String problem) {
        return message("api.problem.invalidField", field, problem);
    }

    static Map<String, String> field(String field, String message) {
        Map<String, String> error = new LinkedHashMap<>();
        error.put("field", field);
        error.put("message", message);
        return error;
    }

    private static String path(JsonMappingException ex) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : ex.getPath()) {
            if (reference.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }
}
