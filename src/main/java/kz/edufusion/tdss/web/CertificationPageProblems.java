package kz.edufusion.tdss.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import kz.edufusion.common.web.DomainProblem;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Refusals on the certification pages: a refused form (bad input, or a rule of the workflow such as submitting
 * before the training hours are there) goes back to its page with the message next to the form, the field named;
 * a refused page (another educator's application) is the problem page with its status.
 */
@ControllerAdvice(assignableTypes = {CertificationController.class, CertificationBodyController.class})
class CertificationPageProblems {

    @ExceptionHandler(DomainProblem.class)
    String refused(DomainProblem problem, HttpServletRequest request, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        String action = request.getRequestURI().substring(request.getContextPath().length());
        int status = problem.status().value();
        if ("POST".equals(request.getMethod()) && (status == 400 || status == 409)) {
            String field = problem.field() != null ? problem.field()
                    : problem.fieldProblems().isEmpty() ? null : problem.fieldProblems().get(0).field();
            redirect.addFlashAttribute("pageProblem", new PageProblem(problem.messageKey(),
                    Arrays.stream(problem.arguments()).map(String::valueOf).toArray(), field));
            return "redirect:" + pageOf(action);
        }
        response.setStatus(status);
        model.addAttribute("problem", problem.messageKey());
        model.addAttribute("arguments", problem.arguments());
        return "identity/problem";
    }

    /**
     * The page a form posts from: an application's actions go back to the application, applying to the list, the
     * scheme forms to the schemes page.
     */
    static String pageOf(String action) {
        String[] parts = action.split("/");
        if (parts.length > 4 && "applications".equals(parts[3])) {
            return String.join("/", Arrays.copyOf(parts, 5));
        }
        if (parts.length > 3 && "schemes".equals(parts[3])) {
            return "/tdss/certification/schemes";
        }
        return "/tdss/certification";
    }
}
