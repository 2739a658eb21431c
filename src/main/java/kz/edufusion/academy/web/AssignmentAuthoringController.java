package kz.edufusion.academy.web;

import java.util.UUID;
import kz.edufusion.academy.domain.AcademyInputRejected;
import kz.edufusion.academy.domain.AssignmentAuthoring;
import kz.edufusion.academy.domain.AssignmentEditing;
import kz.edufusion.academy.domain.AssignmentInput;
import kz.edufusion.academy.domain.CourseContent;
import kz.edufusion.academy.domain.CriterionInput;
import kz.edufusion.academy.domain.Resubmission;
import kz.edufusion.academy.domain.VersionView;
import kz.edufusion.identity.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Writing assignments of a draft and their rubrics, one criterion at a time; every mistake shows beside its field. */
@Controller
@RequestMapping("/academy/teach")
@PreAuthorize("hasAnyRole('EDUCATOR', 'UNIVERSITY_COORDINATOR')")
class AssignmentAuthoringController {

    private static final String FORM = "academy/assignment-form";

    private final AssignmentAuthoring authoring;
    private final CourseContent content;

    AssignmentAuthoringController(AssignmentAuthoring authoring, CourseContent content) {
        this.authoring = authoring;
        this.content = content;
    }

    @GetMapping("/modules/{moduleId}/assignments/new")
    String blank(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID moduleId, Model model) {
        model.addAttribute("form", new AssignmentForm());
        return form(content.versionOfModule(user, moduleId), null, moduleId, model);
    }

    @PostMapping("/modules/{moduleId}/assignments/new")
    String create(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID moduleId,
            @ModelAttribute("form") AssignmentForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        VersionView version = content.versionOfModule(user, moduleId);
        AssignmentInput input = checked(form, errors);
        if (!errors.hasErrors()) {
            try {
                UUID id = authoring.create(user, moduleId, input);
                redirect.addFlashAttribute("flash", "academy.assignment.notice.saved");
                return "redirect:/academy/teach/assignments/" + id;
            } catch (AcademyInputRejected rejected) {
                Rejections.onForm(rejected, errors);
            }
        }
        return form(version, null, moduleId, model);
    }

    @GetMapping("/assignments/{id}")
    String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        AssignmentEditing editing = authoring.forOwner(user, id);
        model.addAttribute("form", AssignmentForm.of(editing.assignment()));
        return form(editing.version(), editing, editing.assignment().moduleId(), model);
    }

    @PostMapping("/assignments/{id}")
    String update(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @ModelAttribute("form") AssignmentForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        AssignmentEditing editing = authoring.forOwner(user, id);
        AssignmentInput input = checked(form, errors);
        if (!errors.hasErrors()) {
            try {
                authoring.update(user, id, input);
                redirect.addFlashAttribute("flash", "academy.assignment.notice.saved");
                return "redirect:/academy/teach/assignments/" + id;
            } catch (AcademyInputRejected rejected) {
                Rejections.onForm(rejected, errors);
            }
        }
        return form(editing.version(), editing, editing.assignment().moduleId(), model);
    }

    @PostMapping("/assignments/{id}/delete")
    String delete(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        UUID courseId = authoring.delete(user, id);
        redirect.addFlashAttribute("flash", "academy.notice.saved");
        return "redirect:/academy/teach/courses/" + courseId;
    }

    @PostMapping("/assignments/{id}/criteria")
    String addCriterion(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @ModelAttribute("criterionForm") CriterionForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        AssignmentEditing editing = authoring.forOwner(user, id);
        CriterionInput input = form.input(errors);
        if (!errors.hasErrors()) {
            try {
                authoring.addCriterion(user, id, input);
                redirect.addFlashAttribute("flash", "academy.assignment.notice.criterionAdded");
                return "redirect:/academy/teach/assignments/" + id;
            } catch (AcademyInputRejected rejected) {
                Rejections.onForm(rejected, errors);
            }
        }
        model.addAttribute("form", AssignmentForm.of(editing.assignment()));
        return form(editing.version(), editing, editing.assignment().moduleId(), model);
    }

    @PostMapping("/criteria/{criterionId}/delete")
    String deleteCriterion(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID criterionId, RedirectAttributes redirect) {
        UUID assignmentId = authoring.deleteCriterion(user, criterionId);
        redirect.addFlashAttribute("flash", "academy.notice.saved");
        return "redirect:/academy/teach/assignments/" + assignmentId;
    }

    private static AssignmentInput checked(AssignmentForm form, BindingResult errors) {
        AssignmentInput input = form.input(errors);
        input.problems().stream().filter(p -> !errors.hasFieldErrors(p.field()))
                .forEach(p -> errors.rejectValue(p.field(), p.messageKey()));
        return input;
    }

    private String form(VersionView version, AssignmentEditing editing, UUID moduleId, Model model) {
        model.addAttribute("version", version);
        model.addAttribute("editing", editing);
        model.addAttribute("moduleId", moduleId);
        model.addAttribute("resubmissions", Resubmission.values());
        if (!model.containsAttribute("criterionForm")) {
            model.addAttribute("criterionForm", new CriterionForm());
        }
        return FORM;
    }
}
