package kz.edufusion.programs.web;

import jakarta.servlet.http.HttpServletResponse;
import kz.edufusion.common.web.DomainProblem;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A refusal that reaches no form (a program id that does not exist, a link to a deleted outcome) becomes a page
 * with the refusal's status and message. Access denials stay with Spring Security (403).
 */
@ControllerAdvice(basePackageClasses = ProgramPageProblems.class)
class ProgramPageProblems {

    @ExceptionHandler(DomainProblem.class)
    String domainProblem(DomainProblem problem, HttpServletResponse response, Model model) {
        response.setStatus(problem.status().value());
        model.addAttribute("problem", problem.messageKey());
        model.addAttribute("arguments", problem.arguments());
        return "programs/problem";
    }
}
