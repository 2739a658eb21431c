package kz.edufusion.common.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A refusal that reaches no form (an unknown id in the URL, a bad filter on an export link, a step not allowed now)
 * becomes a page with the refusal's status and its localized message instead of a bare 500; the API answers problem
 * details instead ({@link ApiProblems}). Each module's pages get it from a {@code @ControllerAdvice} extending this
 * class, scoped to the module's controllers, and may choose their own page through {@link #view()}. Access denials
 * stay with Spring Security (403 or a redirect to the login page).
 */
public abstract class ProblemPages {

    @ExceptionHandler(DomainProblem.class)
    public String domainProblem(DomainProblem problem, HttpServletResponse response, Model model) {
        response.setStatus(problem.status().value());
        model.addAttribute("problem", problem.messageKey());
        model.addAttribute("arguments", problem.arguments());
        return view();
    }

    /** The page template: the general one shows the message (without arguments), a heading and a link home. */
    protected String view() {
        return "identity/problem";
    }
}
