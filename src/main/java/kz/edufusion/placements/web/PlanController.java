package kz.edufusion.placements.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.placements.domain.PlacementInputRejected;
import kz.edufusion.placements.domain.SkillChoices;
import kz.edufusion.placements.supervision.AssignmentCommand;
import kz.edufusion.placements.supervision.PracticePlan;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The practice plan tab of a placement: every party reads the assignments; the tutor, the mentor and the university's
 * coordinators add, change and remove them, tick the learning outcomes of the student's program, and add skills found
 * by a search of the taxonomy.
 */
@Controller
@RequestMapping("/placements/placement/{id}/plan")
class PlanController {

    private final PracticePlan plan;
    private final SkillChoices skills;

    PlanController(PracticePlan plan, SkillChoices skills) {
        this.plan = plan;
        this.skills = skills;
    }

    @GetMapping
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) UUID skillsFor,
            @RequestParam(required = false) String q, Locale locale, Model model) {
        model.addAttribute("plan", plan.plan(user, id));
        if (skillsFor != null) {
            model.addAttribute("skillsFor", skillsFor);
            model.addAttribute("q", q);
            model.addAttribute("found", skills.search(q, locale));
        }
        return "placements/plan";
    }

    @PostMapping("/assignments")
    String add(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, AssignmentForm form, Model model,
            RedirectAttributes redirect) {
        return saved(user, id, null, form, model, redirect, () -> plan.add(user, id, form.command()));
    }

    @PostMapping("/assignments/{assignmentId}")
    String update(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID assignmentId,
            AssignmentForm form, Model model, RedirectAttributes redirect) {
        return saved(user, id, assignmentId, form, model, redirect, () -> plan.update(user, id, assignmentId, form.command()));
    }

    @PostMapping("/assignments/{assignmentId}/delete")
    String remove(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID assignmentId,
            RedirectAttributes redirect) {
        plan.remove(user, id, assignmentId);
        redirect.addFlashAttribute("flash", "placements.supervision.notice.removed");
        return "redirect:/placements/placement/" + id + "/plan";
    }

    @PostMapping("/assignments/{assignmentId}/skills")
    String addSkill(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID assignmentId,
            @RequestParam(required = false) String skill, RedirectAttributes redirect) {
        return skillChanged(redirect, id, () -> plan.addSkill(user, id, assignmentId, skill));
    }

    @PostMapping("/assignments/{assignmentId}/skills/remove")
    String removeSkill(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID assignmentId,
            @RequestParam(required = false) String skill, RedirectAttributes redirect) {
        return skillChanged(redirect, id, () -> plan.removeSkill(user, id, assignmentId, skill));
    }

    private String saved(CurrentUser user, UUID id, UUID assignmentId, AssignmentForm form, Model model,
            RedirectAttributes redirect, Runnable save) {
        try {
            save.run();
            redirect.addFlashAttribute("flash", "placements.supervision.notice.saved");
            return "redirect:/placements/placement/" + id + "/plan";
        } catch (PlacementInputRejected rejected) {
            model.addAttribute("fieldErrors", rejected.fieldProblems());
            model.addAttribute("failed", assignmentId == null ? "new" : assignmentId.toString());
            model.addAttribute("form", form);
            model.addAttribute("plan", plan.plan(user, id));
            return "placements/plan";
        }
    }

    private String skillChanged(RedirectAttributes redirect, UUID id, Runnable change) {
        SupervisionController.noticed(redirect, "placements.supervision.notice.saved", change);
        return "redirect:/placements/placement/" + id + "/plan";
    }

    /** The assignment form as posted; outcomes are the ticked codes. */
    record AssignmentForm(String title, String description, String dueOn, List<String> outcomeCodes) {

        AssignmentCommand command() {
            return new AssignmentCommand(title, description, dueOn, outcomeCodes, null);
        }
    }
}
