package kz.edufusion.academy.web;

import java.util.UUID;
import kz.edufusion.academy.accreditation.Criteria;
import kz.edufusion.academy.accreditation.AccreditationCriterion;
import kz.edufusion.academy.domain.AcademyInputRejected;
import kz.edufusion.identity.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The checklist of accreditation standards for QA reviewers and administrators: add, edit, (de)activate, delete unused. */
@Controller
class CriteriaController {

    private static final String PAGE = "academy/accreditation-criteria";

    private final Criteria criteria;

    CriteriaController(Criteria criteria) {
        this.criteria = criteria;
    }

    @GetMapping("/academy/accreditation/criteria")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("form", new StandardForm());
        return page(user, model);
    }

    @PostMapping("/academy/accreditation/criteria")
    String add(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") StandardForm form, BindingResult errors, Model model,
            RedirectAttributes redirect) {
        var input = form.input(errors);
        if (!errors.hasErrors()) {
            try {
                criteria.add(user, input);
                redirect.addFlashAttribute("flash", "academy.accreditation.notice.criterionSaved");
                return "redirect:/academy/accreditation/criteria";
            } catch (AcademyInputRejected rejected) {
                rejected.fieldProblems().forEach(p -> errors.rejectValue("text".equals(p.field()) ? "textEn" : p.field(), p.messageKey()));
            }
        }
        return page(user, model);
    }

    @PostMapping("/academy/accreditation/criteria/{id}")
    String update(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @ModelAttribute("edit") StandardForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        var input = form.input(errors);
        java.util.List<String> problems = new java.util.ArrayList<>(errors.getAllErrors().stream().map(e -> e.getCode()).toList());
        if (problems.isEmpty()) {
            try {
                criteria.update(user, id, input);
                redirect.addFlashAttribute("flash", "academy.accreditation.notice.criterionSaved");
                return "redirect:/academy/accreditation/criteria";
            } catch (AcademyInputRejected rejected) {
                rejected.fieldProblems().forEach(p -> problems.add(p.messageKey()));
            }
        }
        model.addAttribute("form", new StandardForm());
        model.addAttribute("editing", id);
        model.addAttribute("editProblems", problems);
        return page(user, model);
    }

    @PostMapping("/academy/accreditation/criteria/{id}/{action:deactivate|activate|delete}")
    String change(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable String action,
            RedirectAttributes redirect) {
        switch (action) {
            case "delete" -> criteria.delete(user, id);
            case "activate" -> criteria.setActive(user, id, true);
            default -> criteria.setActive(user, id, false);
        }
        redirect.addFlashAttribute("flash", "academy.accreditation.notice.criterionSaved");
        return "redirect:/academy/accreditation/criteria";
    }

    private String page(CurrentUser user, Model model) {
        var all = criteria.all(user);
        model.addAttribute("criteria", all);
        model.addAttribute("forms", all.stream().collect(java.util.stream.Collectors.toMap(AccreditationCriterion::id, StandardForm::of)));
        return PAGE;
    }
}
