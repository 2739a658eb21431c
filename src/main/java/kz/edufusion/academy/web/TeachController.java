package kz.edufusion.academy.web;

import java.util.Locale;
import java.util.UUID;
import kz.edufusion.academy.domain.AcademyInputRejected;
import kz.edufusion.academy.domain.Authoring;
import kz.edufusion.academy.domain.AuthoringView;
import kz.edufusion.academy.domain.CourseDetails;
import kz.edufusion.academy.domain.CourseContent;
import kz.edufusion.academy.domain.Learning;
import kz.edufusion.academy.domain.VersionView;
import kz.edufusion.common.PageQuery;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The owner's side of a course: their courses, a new course, the course page with its draft (details, modules,
 * outcomes, checklist), publishing, the next draft, and the learners with their progress. Educators and coordinators
 * only (403 for other roles); a course of someone else is 404.
 */
@Controller
@RequestMapping("/academy/teach")
@PreAuthorize("hasAnyRole('EDUCATOR', 'UNIVERSITY_COORDINATOR')")
class TeachController {

    private static final String DETAILS = "academy/course-form";
    private static final String OVERVIEW = "academy/teach-course";

    private final Authoring authoring;
    private final CourseContent content;
    private final Learning learning;

    TeachController(Authoring authoring, CourseContent content, Learning learning) {
        this.authoring = authoring;
        this.content = content;
        this.learning = learning;
    }

    @GetMapping
    String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("courses", authoring.mine(user));
        return "academy/teach";
    }

    @GetMapping("/new")
    String blank(Model model) {
        model.addAttribute("form", new CourseForm());
        return details(null, null, model);
    }

    @PostMapping("/new")
    String create(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("form") CourseForm form, BindingResult errors,
            Model model, RedirectAttributes redirect) {
        CourseDetails details = checked(form, errors, null);
        if (!errors.hasErrors()) {
            try {
                UUID id = authoring.create(user, details);
                redirect.addFlashAttribute("flash", "academy.notice.courseCreated");
                return "redirect:/academy/teach/courses/" + id;
            } catch (AcademyInputRejected rejected) {
                Rejections.onForm(rejected, errors);
            }
        }
        return details(null, null, model);
    }

    @GetMapping("/courses/{id}")
    String overview(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        model.addAttribute("moduleForm", new TitleForm());
        model.addAttribute("outcomeForm", new OutcomeForm());
        return overview(authoring.overview(user, id), model);
    }

    @GetMapping("/versions/{versionId}/details")
    String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID versionId, Model model) {
        VersionView version = content.ownedVersion(user, versionId);
        model.addAttribute("form", CourseForm.of(version));
        return details(version, version.courseId(), model);
    }

    @PostMapping("/versions/{versionId}/details")
    String update(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID versionId, @ModelAttribute("form") CourseForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        VersionView version = content.ownedVersion(user, versionId);
        CourseDetails details = checked(form, errors, version.courseId());
        if (!errors.hasErrors()) {
            try {
                authoring.updateDetails(user, versionId, details);
                redirect.addFlashAttribute("flash", "academy.notice.saved");
                return "redirect:/academy/teach/courses/" + version.courseId();
            } catch (AcademyInputRejected rejected) {
                Rejections.onForm(rejected, errors);
            }
        }
        return details(version, version.courseId(), model);
    }

    @PostMapping("/versions/{versionId}/modules")
    String addModule(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID versionId,
            @ModelAttribute("moduleForm") TitleForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        VersionView version = content.ownedVersion(user, versionId);
        try {
            content.addModule(user, versionId, form.title());
            redirect.addFlashAttribute("flash", "academy.notice.saved");
            return "redirect:/academy/teach/courses/" + version.courseId();
        } catch (AcademyInputRejected rejected) {
            Rejections.onForm(rejected, errors);
            model.addAttribute("outcomeForm", new OutcomeForm());
            return overview(authoring.overview(user, version.courseId()), model);
        }
    }

    @PostMapping("/modules/{moduleId}/{action:up|down|delete}")
    String module(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID moduleId, @PathVariable String action,
            RedirectAttributes redirect) {
        VersionView version = content.versionOfModule(user, moduleId);
        switch (action) {
            case "up" -> content.moveModule(user, moduleId, true);
            case "down" -> content.moveModule(user, moduleId, false);
            default -> content.deleteModule(user, moduleId);
        }
        redirect.addFlashAttribute("flash", "academy.notice.saved");
        return "redirect:/academy/teach/courses/" + version.courseId();
    }

    @PostMapping("/versions/{versionId}/outcomes")
    String addOutcome(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID versionId,
            @ModelAttribute("outcomeForm") OutcomeForm form, BindingResult errors, Locale locale, Model model,
            RedirectAttributes redirect) {
        VersionView version = content.ownedVersion(user, versionId);
        try {
            authoring.addOutcome(user, versionId, form.input(), locale);
            redirect.addFlashAttribute("flash", "academy.notice.saved");
            return "redirect:/academy/teach/courses/" + version.courseId();
        } catch (AcademyInputRejected rejected) {
            Rejections.onForm(rejected, errors);
            model.addAttribute("moduleForm", new TitleForm());
            return overview(authoring.overview(user, version.courseId()), model);
        }
    }

    @PostMapping("/versions/{versionId}/outcomes/{outcomeId}/delete")
    String deleteOutcome(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID versionId, @PathVariable UUID outcomeId,
            RedirectAttributes redirect) {
        VersionView version = content.ownedVersion(user, versionId);
        authoring.deleteOutcome(user, versionId, outcomeId);
        redirect.addFlashAttribute("flash", "academy.notice.saved");
        return "redirect:/academy/teach/courses/" + version.courseId();
    }

    @GetMapping("/versions/{versionId}/checklist")
    String checklist(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID versionId, Model model) {
        VersionView version = content.ownedVersion(user, versionId);
        AuthoringView view = authoring.overview(user, version.courseId());
        model.addAttribute("form", ChecklistForm.of(view.checklist()));
        model.addAttribute("version", version);
        return "academy/checklist-form";
    }

    @PostMapping("/versions/{versionId}/checklist")
    String saveChecklist(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID versionId,
            @ModelAttribute("form") ChecklistForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        VersionView version = content.ownedVersion(user, versionId);
        try {
            authoring.saveChecklist(user, versionId, form.answers());
            redirect.addFlashAttribute("flash", "academy.notice.checklistSaved");
            return "redirect:/academy/teach/courses/" + version.courseId();
        } catch (AcademyInputRejected rejected) {
            Rejections.onForm(rejected, errors);
            model.addAttribute("version", version);
            return "academy/checklist-form";
        }
    }

    @PostMapping("/versions/{versionId}/publish")
    String publish(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID versionId, RedirectAttributes redirect) {
        VersionView version = authoring.publish(user, versionId);
        redirect.addFlashAttribute("flash", "academy.notice.published");
        return "redirect:/academy/teach/courses/" + version.courseId();
    }

    @PostMapping("/courses/{id}/draft")
    String draft(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        authoring.startDraft(user, id);
        redirect.addFlashAttribute("flash", "academy.notice.drafted");
        return "redirect:/academy/teach/courses/" + id;
    }

    @GetMapping("/courses/{id}/learners")
    String learners(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("course", authoring.overview(user, id));
        model.addAttribute("learners", learning.learners(user, id, PageQuery.of(page, 50)));
        return "academy/learners";
    }

    private CourseDetails checked(CourseForm form, BindingResult errors, UUID courseId) {
        CourseDetails details = form.details(errors);
        authoring.problems(details, courseId).stream().filter(p -> !errors.hasFieldErrors(p.field()))
                .forEach(p -> errors.rejectValue(p.field(), p.messageKey()));
        return details;
    }

    private String details(VersionView version, UUID courseId, Model model) {
        model.addAttribute("version", version);
        model.addAttribute("prerequisiteChoices", authoring.prerequisiteChoices(courseId));
        return DETAILS;
    }

    private String overview(AuthoringView view, Model model) {
        model.addAttribute("course", view);
        return OVERVIEW;
    }
}
