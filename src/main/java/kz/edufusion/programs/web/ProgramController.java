package kz.edufusion.programs.web;

import java.util.List;
import java.util.UUID;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.OrganizationView;
import kz.edufusion.programs.ProgramType;
import kz.edufusion.programs.domain.DisciplineComponent;
import kz.edufusion.programs.domain.DisciplineCycle;
import kz.edufusion.programs.domain.ProgramDetails;
import kz.edufusion.programs.domain.ProgramDraft;
import kz.edufusion.programs.domain.ProgramService;
import kz.edufusion.programs.domain.ProgramView;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One program: its page, the create and edit forms (post/redirect/get), and deletion. */
@Controller
class ProgramController {

    private final ProgramService programs;
    private final ProgramLookups lookups;

    ProgramController(ProgramService programs, ProgramLookups lookups) {
        this.programs = programs;
        this.lookups = lookups;
    }

    @InitBinder("form")
    void binder(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping("/programs/{id}")
    String detail(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        return show(programs.details(user, id), model);
    }

    static String show(ProgramDetails details, Model model) {
        model.addAttribute("details", details);
        model.addAttribute("p", details.program());
        model.addAttribute("today", java.time.LocalDate.now());
        model.addAttribute("cycles", DisciplineCycle.values());
        model.addAttribute("components", DisciplineComponent.values());
        if (!model.containsAttribute("outcomeForm")) {
            model.addAttribute("outcomeForm", new ChildForms.OutcomeForm());
        }
        if (!model.containsAttribute("disciplineForm")) {
            model.addAttribute("disciplineForm", new ChildForms.DisciplineForm());
        }
        if (!model.containsAttribute("cohortForm")) {
            model.addAttribute("cohortForm", new ChildForms.CohortForm());
        }
        return "programs/detail";
    }

    @GetMapping("/programs/new")
    String newForm(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) UUID university, Model model) {
        List<OrganizationView> editable = lookups.editable(user);
        if (editable.isEmpty()) {
            throw new AccessDeniedException("not a coordinator");
        }
        ProgramForm form = new ProgramForm();
        form.setUniversityId(university != null ? university : editable.get(0).id());
        model.addAttribute("form", form);
        return form(user, null, model);
    }

    @PostMapping("/programs")
    String create(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") ProgramForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        if (lookups.editable(user).isEmpty()) {
            throw new AccessDeniedException("not a coordinator");
        }
        ProgramDraft draft = form.draft(errors);
        if (!errors.hasErrors()) {
            try {
                UUID id = programs.create(user, form.getUniversityId(), draft);
                redirect.addFlashAttribute("flash", "programs.notice.created");
                return "redirect:/programs/" + id;
            } catch (DomainProblem problem) {
                PageErrors.reject(errors, problem);
            }
        }
        return form(user, null, model);
    }

    @GetMapping("/programs/{id}/edit")
    String editForm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        ProgramView program = programs.editable(user, id);
        model.addAttribute("form", ProgramForm.of(program));
        return form(user, program, model);
    }

    @PostMapping("/programs/{id}")
    String update(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @ModelAttribute("form") ProgramForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        ProgramView program = programs.editable(user, id);
        ProgramDraft draft = form.draft(errors);
        if (!errors.hasErrors()) {
            try {
                programs.update(user, id, draft);
                redirect.addFlashAttribute("flash", "programs.notice.saved");
                return "redirect:/programs/" + id;
            } catch (DomainProblem problem) {
                PageErrors.reject(errors, problem);
            }
        }
        return form(user, program, model);
    }

    @PostMapping("/programs/{id}/delete")
    String delete(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        programs.delete(user, id);
        redirect.addFlashAttribute("flash", "programs.notice.deleted");
        return "redirect:/programs";
    }

    private String form(CurrentUser user, ProgramView program, Model model) {
        model.addAttribute("program", program);
        model.addAttribute("universities", lookups.editable(user));
        model.addAttribute("regions", lookups.regions());
        model.addAttribute("types", ProgramType.values());
        model.addAttribute("languageCodes", List.of("kk", "ru", "en"));
        return "programs/form";
    }
}
