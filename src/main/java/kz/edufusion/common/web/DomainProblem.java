package kz.edufusion.common.web;

import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * A refusal that the business rules make (not found, conflict, not allowed in this state), carried to
 * the edge with a message key so that pages and the API can say it in the user's language.
 */
public class DomainProblem extends RuntimeException {

    private final HttpStatus status;
    private final String type;
    private final String messageKey;
    private final transient Object[] arguments;
    private final String field;
    private final transient List<FieldProblem> fieldProblems;

    public DomainProblem(HttpStatus status, String type, String messageKey, Object... arguments) {
        this(status, type, null, messageKey, arguments);
    }

    /**
     * A 400 validation problem that blames several fields at once (a form checked as a whole), each with its own
     * message key; {@code messageKey} says what was refused. Pages show each next to its field, the API lists them.
     */
    protected DomainProblem(String messageKey, List<FieldProblem> fieldProblems) {
        super(messageKey);
        this.status = HttpStatus.BAD_REQUEST;
        this.type = "validation";
        this.field = null;
        this.messageKey = messageKey;
        this.arguments = new Object[0];
        this.fieldProblems = List.copyOf(fieldProblems);
    }

    private DomainProblem(HttpStatus status, String type, String field, String messageKey, Object... arguments) {
        super(messageKey);
        this.status = status;
        this.type = type;
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
        this.fieldProblems = List.of();
    }

    /**
     * Input that converts but means nothing (an unknown region code, a period that ends before it starts):
     * a 400 validation problem blaming {@code field}, which pages show next to that field.
     */
    public static DomainProblem invalidField(String field, String messageKey, Object... arguments) {
        return new DomainProblem(HttpStatus.BAD_REQUEST, "validation", field, messageKey, arguments);
    }

    public static DomainProblem notFound(String messageKey, Object... arguments) {
        return new DomainProblem(HttpStatus.NOT_FOUND, "not-found", messageKey, arguments);
    }

    public static DomainProblem conflict(String messageKey, Object... arguments) {
        return new DomainProblem(HttpStatus.CONFLICT, "conflict", messageKey, arguments);
    }

    public static DomainProblem invalid(String messageKey, Object... arguments) {
        return new DomainProblem(HttpStatus.BAD_REQUEST, "invalid", messageKey, arguments);
    }

    public HttpStatus status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The input field to blame, or null when the refusal is not about one field. */
    public String field() {
        return field;
    }

    /** The fields to blame, each with its message key, when the refusal is about several fields; else empty. */
    public List<FieldProblem> fieldProblems() {
        return fieldProblems;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** One field to blame, named as the form and the API name it (e.g. {@code hires[0].regionCode}). */
    public record FieldProblem(String field, String messageKey) {
    }
}
