package kz.edufusion.academy.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import kz.edufusion.academy.domain.AttachmentFile;
import kz.edufusion.academy.domain.Learning;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A lesson for the learners of its version (and its course's owner): the stored HTML, the video, attachments and
 * "mark complete". Attachments are served with their detected type and nosniff; images inline, files as downloads.
 */
@Controller
class LessonController {

    private final Learning learning;

    LessonController(Learning learning) {
        this.learning = learning;
    }

    @GetMapping("/academy/lessons/{id}")
    String lesson(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Locale locale, Model model) {
        model.addAttribute("page", learning.open(user, id, locale.getLanguage()));
        return "academy/lesson";
    }

    @PostMapping("/academy/lessons/{id}/complete")
    String complete(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        var enrollment = learning.complete(user, id);
        redirect.addFlashAttribute("flash", enrollment.completed() ? "academy.notice.courseCompleted" : "academy.notice.lessonCompleted");
        return "redirect:/academy/lessons/" + id;
    }

    @GetMapping("/academy/files/{id}")
    ResponseEntity<byte[]> file(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        AttachmentFile file = learning.attachment(user, id);
        ContentDisposition disposition = (file.image() ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(file.fileName(), StandardCharsets.UTF_8).build();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(file.frozen() ? CacheControl.maxAge(Duration.ofDays(7)).cachePrivate() : CacheControl.noStore())
                .body(file.content());
    }
}
