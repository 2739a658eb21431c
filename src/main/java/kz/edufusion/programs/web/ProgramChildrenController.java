package kz.edufusion.programs.web;

import java.util.UUID;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.programs.domain.ProgramService;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The program page's small forms: add or update (same code) an outcome, a discipline or a cohort, and remove one.
 * A refused form shows the program page again with the errors next to that form's fields.
 */
@Controller
@RequestMapping("/programs/{id}")
class ProgramChildrenController {

    private final ProgramService programs;

    ProgramChildrenController(ProgramService programs) {
        this.programs = programs;
    }

    @PostMapping("/outcomes")
    String outcome(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @ModelAttribute("outcomeForm") ChildForms.OutcomeForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        programs.editable(user, id);
        try {
            programs.saveOutcome(user, id, form.draft());
            return saved(id, redirect, "#outcomes");
        } catch (DomainProblem problem) {
            PageErrors.reject(errors, problem);
            return ProgramController.show(programs.details(user, id), model);
        }
    }

    @PostMapping("/outcomes/{outcome}/delete")
    String deleteOutcome(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID outcome,
            RedirectAttributes redirect) {
        programs.deleteOutcome(user, id, outcome);
        return saved(id, redirect, "#outcomes");
    }

    @PostMapping("/disciplines")
    String discipline(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @ModelAttribute("disciplineForm") ChildForms.DisciplineForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        programs.editable(user, id);
        var draft = form.draft(errors);
        if (!errors.hasErrors()) {
            try {
                programs.saveDiscipline(user, id, draft);
                return saved(id, redirect, "#disciplines");
            } catch (DomainProblem problem) {
                PageErrors.reject(errors, problem);
            }
        }
        return ProgramController.show(programs.details(user, id), model);
    }

    @PostMapping("/disciplines/{discipline}/delete")
    String deleteDiscipline(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID discipline,
            RedirectAttributes redirect) {
        programs.deleteDiscipline(user, id, discipline);
        return saved(id, redirect, "#disciplines");
    }

    @PostMapping("/cohorts")
    String cohort(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @ModelAttribute("cohortForm") ChildForms.CohortForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        programs.editable(user, id);
        var draft = form.draft(errors);
        if (!errors.hasErrors()) {
            try {
                programs.saveCohort(user, id, draft);
                return saved(id, redirect, "#cohorts");
            } catch (DomainProblem problem) {
                PageErrors.reject(errors, problem);
            }
        }
        return ProgramController.show(programs.details(user, id), model);
    }

    @PostMapping("/cohorts/{year}/delete")
    String deleteCohort(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable int year,
            RedirectAttributes redirect) {
        programs.deleteCohort(user, id, year);
        return saved(id, redirect, "#cohorts");
    }

    private static String saved(UUID id, RedirectAttributes redirect, String anchor) {
        redirect.addFlashAttribute("flash", "programs.notice.saved");
        return "redirect:/programs/" + id + anchor;
    }
}
