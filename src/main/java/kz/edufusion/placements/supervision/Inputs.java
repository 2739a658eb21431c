package kz.edufusion.placements.supervision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import kz.edufusion.common.web.DomainProblem.FieldProblem;

/** Typed values read from the strings a form or the API sends, each unreadable one a problem on its field. */
final class Inputs {

    static final String PREFIX = "placements.supervision.validation.";

    private Inputs() {
    }

    static LocalDate date(String text, String field, boolean required, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            if (required) {
                problems.add(new FieldProblem(field, PREFIX + "required"));
            }
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, PREFIX + "date"));
            return null;
        }
    }

    static BigDecimal decimal(String text, String field, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(new FieldProblem(field, PREFIX + "required"));
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, PREFIX + "number"));
            return null;
        }
    }

    static UUID id(String text, String field, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(field, PREFIX + "unknown"));
            return null;
        }
    }

    /** The stripped text, or null (a problem when required) for a blank one; a problem when longer than {@code max}. */
    static String text(String text, String field, int max, boolean required, List<FieldProblem> problems) {
        if (text == null || text.isBlank()) {
            if (required) {
                problems.add(new FieldProblem(field, PREFIX + "required"));
            }
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > max) {
            problems.add(new FieldProblem(field, PREFIX + "tooLong"));
        }
        return stripped;
    }
}
