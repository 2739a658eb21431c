package kz.edufusion.alignment.report;

import jakarta.servlet.http.HttpServletResponse;
import kz.edufusion.common.web.DomainProblem;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A refusal on a report page (a malformed quarter: 400, an unknown one: 404, publishing twice: 409) becomes a page
 * with that status and the refusal's localized message; the API answers problem details instead (ApiProblems).
 */
@ControllerAdvice(assignableTypes = ReportController.class)
class ReportPageProblems {

    @ExceptionHandler(DomainProblem.class)
    String domainProblem(DomainProblem problem, HttpServletResponse response, Model model) {
        response.setStatus(problem.status().value());
        model.addAttribute("problem", problem.messageKey());
        return "identity/problem";
    }
}
