package kz.edufusion.common.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Errors that no controller handled (unknown URL, filter failures): problem details for the API, the
 * localized error page for people. Neither ever shows a stack trace or exception message.
 */
@Controller
class PlatformErrorController implements ErrorController {

    private final MessageSource messages;
    private final LocaleResolver locales;

    PlatformErrorController(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    @RequestMapping("/error")
    Object error(HttpServletRequest request) {
        HttpStatus status = status(request);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        if (uri instanceof String path && path.startsWith("/api/")) {
            String key = switch (status) {
                case NOT_FOUND -> "problem.notFound";
                case FORBIDDEN -> "problem.forbidden";
                case UNAUTHORIZED -> "problem.unauthorized";
                default -> status.is4xxClientError() ? "error.generic" : "problem.internal";
            };
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                    messages.getMessage(key, null, locales.resolveLocale(request)));
            problem.setType(URI.create("https://edufusion.kz/problems/" + status.name().toLowerCase().replace('_', '-')));
            problem.setInstance(URI.create(path));
            return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        ModelAndView page = new ModelAndView("error", status);
        page.addObject("status", status.value());
        page.addObject("error", status.getReasonPhrase());
        return page;
    }

    private static HttpStatus status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value ? HttpStatus.resolve(value) : null;
        return status == null ? HttpStatus.INTERNAL_SERVER_ERROR : status;
    }
}
