package kz.edufusion.academy.web;

import java.io.IOException;
import java.util.UUID;
import kz.edufusion.academy.domain.AcademyInputRejected;
import kz.edufusion.academy.domain.CourseContent;
import kz.edufusion.academy.domain.LessonEditing;
import kz.edufusion.academy.domain.LessonInput;
import kz.edufusion.academy.domain.LessonUpload;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Writing lessons of a draft: Markdown in kk/ru/en, a video link, images and files (sizes and types checked). */
@Controller
@RequestMapping("/academy/teach")
@PreAuthorize("hasAnyRole('EDUCATOR', 'UNIVERSITY_COORDINATOR')")
class LessonAuthoringController {

    private static final String FORM = "academy/lesson-form";

    private final CourseContent content;

    LessonAuthoringController(CourseContent content) {
        this.content = content;
    }

    @GetMapping("/modules/{moduleId}/lessons/new")
    String blank(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID moduleId, Model model) {
        model.addAttribute("form", new LessonForm());
        return form(content.versionOfModule(user, moduleId), null, moduleId, model);
    }

    @PostMapping("/modules/{moduleId}/lessons/new")
    String create(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID moduleId, @ModelAttribute("form") LessonForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        VersionView version = content.versionOfModule(user, moduleId);
        LessonInput input = checked(form, errors);
        if (!errors.hasErrors()) {
            try {
                UUID id = content.addLesson(user, moduleId, input);
                redirect.addFlashAttribute("flash", "academy.notice.lessonSaved");
                return "redirect:/academy/teach/lessons/" + id;
            } catch (AcademyInputRejected rejected) {
                Rejections.onForm(rejected, errors);
            }
        }
        return form(version, null, moduleId, model);
    }

    @GetMapping("/lessons/{id}")
    String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        LessonEditing editing = content.lessonForOwner(user, id);
        model.addAttribute("form", LessonForm.of(editing.lesson()));
        return form(editing.version(), editing, editing.lesson().moduleId(), model);
    }

    @PostMapping("/lessons/{id}")
    String update(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @ModelAttribute("form") LessonForm form,
            BindingResult errors, Model model, RedirectAttributes redirect) {
        LessonEditing editing = content.lessonForOwner(user, id);
        LessonInput input = checked(form, errors);
        if (!errors.hasErrors()) {
            try {
                content.updateLesson(user, id, input);
                redirect.addFlashAttribute("flash", "academy.notice.lessonSaved");
                return "redirect:/academy/teach/lessons/" + id;
            } catch (AcademyInputRejected rejected) {
                Rejections.onForm(rejected, errors);
            }
        }
        return form(editing.version(), editing, editing.lesson().moduleId(), model);
    }

    @PostMapping("/lessons/{id}/{action:up|down|delete}")
    String lesson(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable String action,
            RedirectAttributes redirect) {
        VersionView version = content.lessonForOwner(user, id).version();
        switch (action) {
            case "up" -> content.moveLesson(user, id, true);
            case "down" -> content.moveLesson(user, id, false);
            default -> content.deleteLesson(user, id);
        }
        redirect.addFlashAttribute("flash", "academy.notice.saved");
        return "redirect:/academy/teach/courses/" + version.courseId();
    }

    @PostMapping("/lessons/{id}/attachments")
    String attach(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @RequestParam(name = "file", required = false) MultipartFile file, Model model, RedirectAttributes redirect)
            throws IOException {
        LessonEditing editing = content.lessonForOwner(user, id);
        try {
            content.attach(user, id, file == null ? null : new LessonUpload(file.getOriginalFilename(), file.getBytes()));
            redirect.addFlashAttribute("flash", "academy.notice.attached");
            return "redirect:/academy/teach/lessons/" + id;
        } catch (AcademyInputRejected rejected) {
            model.addAttribute("form", LessonForm.of(editing.lesson()));
            model.addAttribute("fileError", rejected.fieldProblems().get(0).messageKey());
            return form(editing.version(), editing, editing.lesson().moduleId(), model);
        }
    }

    @PostMapping("/attachments/{attachmentId}/delete")
    String detach(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID attachmentId, @RequestParam UUID lesson,
            RedirectAttributes redirect) {
        content.detach(user, attachmentId);
        redirect.addFlashAttribute("flash", "academy.notice.saved");
        return "redirect:/academy/teach/lessons/" + lesson;
    }

    private LessonInput checked(LessonForm form, BindingResult errors) {
        LessonInput input = form.input(errors);
        input.problems().stream().filter(p -> !errors.hasFieldErrors(p.field()))
                .forEach(p -> errors.rejectValue(p.field(), p.messageKey()));
        return input;
    }

    private String form(VersionView version, LessonEditing editing, UUID moduleId, Model model) {
        model.addAttribute("version", version);
        model.addAttribute("editing", editing);
        model.addAttribute("moduleId", moduleId);
        model.addAttribute("imageLimitMb", content.imageLimit().toMegabytes());
        model.addAttribute("fileLimitMb", content.fileLimit().toMegabytes());
        return FORM;
    }
}
