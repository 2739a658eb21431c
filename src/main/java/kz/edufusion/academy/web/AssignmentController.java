package kz.edufusion.academy.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;
import kz.edufusion.academy.domain.AcademyInputRejected;
import kz.edufusion.academy.domain.AssignmentWork;
import kz.edufusion.academy.domain.SubmissionFile;
import kz.edufusion.academy.domain.SubmissionUpload;
import kz.edufusion.identity.CurrentUser;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An assignment for the learners of its version (and its course's owner): instructions, rubric, the learner's own
 * attempts and grades, and the form to hand in. Submitted files are served as downloads with nosniff, never cached.
 */
@Controller
class AssignmentController {

    private static final String PAGE = "academy/assignment";

    private final AssignmentWork work;

    AssignmentController(AssignmentWork work) {
        this.work = work;
    }

    @GetMapping("/academy/assignments/{id}")
    String assignment(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Locale locale, Model model) {
        model.addAttribute("page", work.page(user, id, locale.getLanguage()));
        return PAGE;
    }

    @PostMapping("/academy/assignments/{id}/submissions")
    String submit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) String text,
            @RequestParam(name = "file", required = false) MultipartFile file, Locale locale, Model model,
            RedirectAttributes redirect) throws IOException {
        try {
            work.submit(user, id, new SubmissionUpload(text, file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getBytes()));
            redirect.addFlashAttribute("flash", "academy.assignment.notice.submitted");
            return "redirect:/academy/assignments/" + id;
        } catch (AcademyInputRejected rejected) {
            model.addAttribute("page", work.page(user, id, locale.getLanguage()));
            model.addAttribute("text", text);
            rejected.fieldProblems().forEach(p -> model.addAttribute(p.field() + "Error", p.messageKey()));
            return PAGE;
        }
    }

    @GetMapping("/academy/submissions/{id}/file")
    ResponseEntity<byte[]> file(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        SubmissionFile file = work.file(user, id);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8)
                        .build().toString())
                .header("X-Content-Type-Options", "nosniff").cacheControl(CacheControl.noStore()).body(file.content());
    }
}
