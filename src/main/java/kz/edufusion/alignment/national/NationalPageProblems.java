package kz.edufusion.alignment.national;

import jakarta.servlet.http.HttpServletResponse;
import kz.edufusion.common.web.DomainProblem;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A refusal that reaches no form (a bad filter on an export link) becomes a page with the
 * refusal's status and its localized message; the API's refusals are problem details (ApiProblems).
 */
@ControllerAdvice(assignableTypes = NationalController.class)
class NationalPageProblems {

    @ExceptionHandler(DomainProblem.class)
    String domainProblem(DomainProblem problem, HttpServletResponse response, Model model) {
        response.setStatus(problem.status().value());
        model.addAttribute("problem", problem.messageKey());
        return "identity/problem";
    }
}
