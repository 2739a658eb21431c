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
 * Refusals on the plan and training pages: a refused form goes back to the page it was sent from, which shows the
 * message next to the form (the field named), instead of leaving the educator on a bare error page; a refusal of a
 * page itself (another's plan) is the general problem page with its status (404, 409).
 */
@ControllerAdvice(assignableTypes = {PlansController.class, TrainingController.class, CohortsController.class})
class TrainingPageProblems {

    @ExceptionHandler(DomainProblem.class)
    String refused(DomainProblem problem, HttpServletRequest request, HttpServletResponse response, Model model,
            RedirectAttributes redirect) {
        String back = request.getRequestURI().substring(request.getContextPath().length());
        if ("POST".equals(request.getMethod()) && problem.status().value() == 400) {
            String field = problem.field() != null ? problem.field()
                    : problem.fieldProblems().isEmpty() ? null : problem.fieldProblems().get(0).field();
            redirect.addFlashAttribute("pageProblem", new PageProblem(problem.messageKey(),
                    Arrays.stream(problem.arguments()).map(String::valueOf).toArray(), field));
            return "redirect:" + pageOf(back);
        }
        response.setStatus(problem.status().value());
        model.addAttribute("problem", problem.messageKey());
        model.addAttribute("arguments", problem.arguments());
        return "identity/problem";
    }

    /**
     * The page a form posts from: /tdss/&lt;area&gt;[/&lt;id&gt;] (/tdss/plans/{id}/goals → /tdss/plans/{id}); the
     * review page's decisions on records (/tdss/review/{id}/reject) go back to /tdss/review.
     */
    static String pageOf(String action) {
        String[] parts = action.split("/");
        int keep = parts.length > 2 && "review".equals(parts[2]) ? 3 : Math.min(parts.length, 4);
        return String.join("/", Arrays.copyOf(parts, keep));
    }
}
