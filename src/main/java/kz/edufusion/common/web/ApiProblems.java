package kz.edufusion.common.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;

/**
 * Every REST failure as RFC 7807 problem details: validation errors list each field with a localized
 * message, domain refusals keep their status, and unexpected failures answer 500 without internals.
 * Every 400 about the request's input has type "validation" and an {@code errors} array (empty when no
 * single field is to blame, e.g. a syntax error in the JSON), so clients can handle them in one place.
 */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    private final MessageSource messages;
    private final InputErrors inputErrors;

    ApiProblems(MessageSource messages) {
        this.messages = messages;
        this.inputErrors = new InputErrors(messages);
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "validation", message("problem.validation"));
        List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(e -> field(e.getField(), messages.getMessage(e, LocaleContextHolder.getLocale())))
                .toList();
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    /** Constraints on query and path parameters, e.g. a negative page number. */
    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var locale = LocaleContextHolder.getLocale();
        List<Map<String, String>> errors = ex.getParameterValidationResults().stream()
                .flatMap(result -> result instanceof ParameterErrors bound
                        ? bound.getFieldErrors().stream().map(e -> field(e.getField(), messages.getMessage(e, locale)))
                        : result.getResolvableErrors().stream().map(e -> field(
                                result.getMethodParameter().getParameterName(), messages.getMessage(e, locale))))
                .toList();
        return validation(message("problem.validation"), errors);
    }

    /** Malformed JSON, a missing body, or a body value of the wrong type (such as an unknown enum constant). */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return inputErrors.fieldError(ex)
                .map(error -> validation(inputErrors.invalidField(error.get("field"), error.get("message")), List.of(error)))
                .orElseGet(() -> validation(inputErrors.unreadableDetail(ex), List.of()));
    }

    /** A path or query parameter that does not convert, e.g. "abc" as a UUID or "FOO" as an organization type. */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status,
            WebRequest request) {
        String name = ex instanceof MethodArgumentTypeMismatchException argument ? argument.getName() : ex.getPropertyName();
        String expectation = inputErrors.expectation(ex.getRequiredType());
        return validation(inputErrors.invalidField(name, expectation), List.of(field(name, expectation)));
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String required = message("api.validation.required");
        return validation(inputErrors.invalidField(ex.getParameterName(), required),
                List.of(field(ex.getParameterName(), required)));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> constraintViolation(ConstraintViolationException ex) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "validation", message("problem.validation"));
        problem.setProperty("errors", ex.getConstraintViolations().stream()
                .map(v -> field(v.getPropertyPath().toString(), v.getMessage())).toList());
        return ResponseEntity.badRequest().body(problem);
    }

    @ExceptionHandler(DomainProblem.class)
    ResponseEntity<ProblemDetail> domainProblem(DomainProblem ex) {
        String detail = message(ex.messageKey(), ex.arguments());
        ProblemDetail problem = problem(ex.status(), ex.type(), detail);
        if (ex.field() != null) {
            problem.setDetail(inputErrors.invalidField(ex.field(), detail));
            problem.setProperty("errors", List.of(field(ex.field(), detail)));
        } else if (!ex.fieldProblems().isEmpty()) {
            problem.setProperty("errors", ex.fieldProblems().stream()
                    .map(p -> field(p.field(), message(p.messageKey()))).toList());
        }
        return ResponseEntity.status(ex.status()).body(problem);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException ex) {
        return ResponseEntity.status(HttpStatus.FORBIDDEN)
                .body(problem(HttpStatus.FORBIDDEN, "forbidden", message("problem.forbidden")));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception ex, HttpServletRequest request) {
        log.error("Unexpected failure on {} {}", request.getMethod(), request.getRequestURI(), ex);
        return ResponseEntity.internalServerError()
                .body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", message("problem.internal")));
    }

    private static ResponseEntity<Object> validation(String detail, List<Map<String, String>> errors) {
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "validation", detail);
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    static ProblemDetail problem(HttpStatusCode status, String type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("https://edufusion.kz/problems/" + type));
        return problem;
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    private static Map<String, String> field(String field, String message) {
        return InputErrors.field(field, message);
    }
}
