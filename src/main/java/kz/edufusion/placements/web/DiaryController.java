package kz.edufusion.placements.web;

import java.io.IOException;
import java.util.List;
import java.util.UUID;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.placements.domain.PlacementInputRejected;
import kz.edufusion.placements.supervision.EntryCommand;
import kz.edufusion.placements.supervision.TraineeDiary;
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
 * The diary tab of a placement: the student logs a day (with attachments) and corrects entries until approved; every
 * party reads it, and the student, the mentor and the tutor comment on entries. Attachments download for the parties only.
 */
@Controller
class DiaryController {

    private final TraineeDiary diary;

    DiaryController(TraineeDiary diary) {
        this.diary = diary;
    }

    @GetMapping("/placements/placement/{id}/diary")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) UUID edit,
            Model model) {
        return page(user, id, edit, model);
    }

    @PostMapping("/placements/placement/{id}/diary")
    String log(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, EntryForm form,
            @RequestParam(required = false) List<MultipartFile> files, Model model, RedirectAttributes redirect) throws IOException {
        try {
            diary.log(user, id, form.command(), FileTransfers.uploads(files));
            redirect.addFlashAttribute("flash", "placements.supervision.notice.logged");
            return "redirect:/placements/placement/" + id + "/diary";
        } catch (PlacementInputRejected rejected) {
            return refused(user, id, null, form, rejected, model);
        }
    }

    @PostMapping("/placements/placement/{id}/diary/entries/{entryId}")
    String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID entryId, EntryForm form,
            @RequestParam(required = false) List<MultipartFile> files, @RequestParam(required = false) List<UUID> removeAttachment,
            Model model, RedirectAttributes redirect) throws IOException {
        try {
            diary.edit(user, id, entryId, form.command(), FileTransfers.uploads(files), removeAttachment);
            redirect.addFlashAttribute("flash", "placements.supervision.notice.edited");
            return "redirect:/placements/placement/" + id + "/diary";
        } catch (PlacementInputRejected rejected) {
            return refused(user, id, entryId, form, rejected, model);
        }
    }

    @PostMapping("/placements/placement/{id}/diary/entries/{entryId}/comments")
    String comment(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID entryId,
            @RequestParam(required = false) String body, RedirectAttributes redirect) {
        SupervisionController.noticed(redirect, "placements.supervision.notice.commented", () -> diary.comment(user, entryId, body));
        return "redirect:/placements/placement/" + id + "/diary#entry-" + entryId;
    }

    @GetMapping("/placements/diary/attachments/{attachmentId}")
    ResponseEntity<byte[]> attachment(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID attachmentId) {
        return FileTransfers.download(diary.attachment(user, attachmentId));
    }

    private String refused(CurrentUser user, UUID id, UUID entryId, EntryForm form, PlacementInputRejected rejected, Model model) {
        model.addAttribute("fieldErrors", rejected.fieldProblems());
        model.addAttribute("form", form);
        model.addAttribute("failed", entryId == null ? "new" : entryId.toString());
        return page(user, id, entryId, model);
    }

    private String page(CurrentUser user, UUID id, UUID edit, Model model) {
        model.addAttribute("diary", diary.diary(user, id));
        model.addAttribute("edit", edit);
        model.addAttribute("limits", diary.settings());
        return "placements/diary";
    }

    /** The entry form as posted. */
    record EntryForm(String date, String hours, String workDone, String assignmentId) {

        EntryCommand command() {
            return new EntryCommand(date, hours, workDone, assignmentId);
        }
    }
}
