package kz.edufusion.identity.web;

import jakarta.servlet.http.HttpServletResponse;
import kz.edufusion.common.web.DomainProblem;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A refusal that reaches no form (an unknown organization in the URL, say) becomes a page with the
 * refusal's status and its localized message instead of a bare 500. Access denials are left to Spring
 * Security, which answers them with 403 or a redirect to the login page.
 */
@ControllerAdvice(basePackageClasses = PageProblems.class)
class PageProblems {

    @ExceptionHandler(DomainProblem.class)
    String domainProblem(DomainProblem problem, HttpServletResponse response, Model model) {
        response.setStatus(problem.status().value());
        model.addAttribute("problem", problem.messageKey());
        return "identity/problem";
    }
}
