package kz.edufusion.labormarket.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload over spring.servlet.multipart.max-file-size fails while the request is parsed, before any controller is
 * chosen, so only a global advice sees it: a page saying the limit for pages, a 413 problem for the API.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitProblems {

    private final MessageSource messages;
    private final org.springframework.core.env.Environment environment;
    private final ObjectMapper json;

    UploadLimitProblems(MessageSource messages, org.springframework.core.env.Environment environment, ObjectMapper json) {
        this.messages = messages;
        this.environment = environment;
        this.json = json;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ModelAndView tooLarge(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String limit = environment.getProperty("spring.servlet.multipart.max-file-size", "1MB");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE,
                    messages.getMessage("lm.import.error.tooLarge", new Object[] {limit}, LocaleContextHolder.getLocale()));
            problem.setType(URI.create("https://edufusion.kz/problems/too-large"));
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getOutputStream(), problem);
            return new ModelAndView();
        }
        response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
        ModelAndView page = new ModelAndView("labormarket/imports/too-large");
        page.addObject("limit", limit);
        return page;
    }
}
