package kz.edufusion.common.web;

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

    public DomainProblem(HttpStatus status, String type, String messageKey, Object... arguments) {
        this(status, type, null, messageKey, arguments);
    }

    private DomainProblem(HttpStatus status, String type, String field, String messageKey, Object... arguments) {
        super(messageKey);
        this.status = status;
        this.type = type;
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
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

    public Object[] arguments() {
        return arguments.clone();
    }
}
