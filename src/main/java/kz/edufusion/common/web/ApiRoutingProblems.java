package kz.edufusion.common.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An unknown path or a wrong method under {@code /api/} fails before any controller is chosen, so
 * {@link ApiProblems} (bound to {@code @RestController}s) never sees it and the servlet error page would answer
 * with plain JSON. This advice, which applies to every handler, turns those into problem details too, and
 * declines everything outside the API by rethrowing, so pages keep their own error page.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiRoutingProblems {

    private final MessageSource messages;

    ApiRoutingProblems(MessageSource messages) {
        this.messages = messages;
    }

    // NoHandlerFoundException since static files are mapped under three prefixes only (decision 0028): an unknown
    // path no longer falls to the catch-all resource handler
    @ExceptionHandler({NoHandlerFoundException.class, NoResourceFoundException.class, HttpRequestMethodNotSupportedException.class})
    ResponseEntity<ProblemDetail> routing(Exception ex, HttpServletRequest request) throws Exception {
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/") || !(ex instanceof ErrorResponse error)) {
            throw ex;
        }
        ProblemDetail problem = error.updateAndGetBody(messages, LocaleContextHolder.getLocale());
        problem.setType(URI.create("https://edufusion.kz/problems/"
                + (ex instanceof HttpRequestMethodNotSupportedException ? "method-not-allowed" : "not-found")));
        return ResponseEntity.status(error.getStatusCode()).headers(error.getHeaders()).body(problem);
    }
}
