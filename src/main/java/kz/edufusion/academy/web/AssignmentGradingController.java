package kz.edufusion.academy.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.edufusion.academy.domain.AcademyInputRejected;
import kz.edufusion.academy.domain.AssignmentGrading;
import kz.edufusion.academy.domain.Authoring;
import kz.edufusion.academy.domain.GradeInput;
import kz.edufusion.academy.domain.RubricCriterion;
import kz.edufusion.identity.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The course owner's grading: the queue of submissions and the form per rubric (one level per criterion, a comment
 * per criterion and overall). The form's fields are {@code level-<criterion id>} and {@code comment-<criterion id>}.
 */
@Controller
@RequestMapping("/academy/teach")
@PreAuthorize("hasAnyRole('EDUCATOR', 'UNIVERSITY_COORDINATOR')")
class AssignmentGradingController {

    private static final String FORM = "academy/grading";

    private final AssignmentGrading grading;
    private final Authoring authoring;

    AssignmentGradingController(AssignmentGrading grading, Authoring authoring) {
        this.grading = grading;
        this.authoring = authoring;
    }

    @GetMapping("/courses/{id}/submissions")
    String queue(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @RequestParam(defaultValue = "false") boolean all, Model model) {
        model.addAttribute("course", authoring.overview(user, id));
        model.addAttribute("rows", grading.queue(user, id, !all));
        model.addAttribute("all", all);
        return "academy/submissions";
    }

    @GetMapping("/submissions/{id}")
    String form(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("page", grading.page(user, id));
        model.addAttribute("gradeErrors", Map.of());
        model.addAttribute("chosen", Map.of());
        model.addAttribute("comments", Map.of());
        return FORM;
    }

    @PostMapping("/submissions/{id}")
    String grade(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam MultiValueMap<String, String> params,
            Model model, RedirectAttributes redirect) {
        var page = grading.page(user, id);
        List<GradeInput.Choice> choices = new ArrayList<>();
        Map<String, String> chosen = new HashMap<>();
        Map<String, String> comments = new HashMap<>();
        for (RubricCriterion c : page.assignment().criteria()) {
            String level = params.getFirst("level-" + c.id());
            chosen.put(c.id().toString(), level);
            comments.put(c.id().toString(), params.getFirst("comment-" + c.id()));
            choices.add(new GradeInput.Choice(c.id(), uuid(level), params.getFirst("comment-" + c.id())));
        }
        try {
            grading.grade(user, id, new GradeInput(choices, params.getFirst("comment")));
            redirect.addFlashAttribute("flash", "academy.assignment.notice.graded");
            return "redirect:/academy/teach/courses/" + page.courseId() + "/submissions";
        } catch (AcademyInputRejected rejected) {
            Map<String, String> errors = new HashMap<>();
            rejected.fieldProblems().forEach(p -> errors.put(p.field(), p.messageKey()));
            model.addAttribute("page", page);
            model.addAttribute("gradeErrors", errors);
            model.addAttribute("chosen", chosen);
            model.addAttribute("comments", comments);
            model.addAttribute("comment", params.getFirst("comment"));
            return FORM;
        }
    }

    private static UUID uuid(String text) {
        try {
            return text == null || text.isBlank() ? null : UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
