package kz.edufusion.placements.web;

import java.util.List;
import java.util.UUID;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.placements.supervision.MentorApprovals;
import kz.edufusion.placements.supervision.TraineeDiary;
import org.springframework.security.access.prepost.PreAuthorize;
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
 * The tutors' and mentors' page, made for a phone: the mentor's pending entries of all mentees newest first, approved
 * one by one, the ticked ones or all shown at once, or returned with a comment; both see their students' placements
 * with the late status and open each diary from there.
 */
@Controller
@RequestMapping("/placements/supervision")
@PreAuthorize("hasAnyRole('ACADEMIC_TUTOR','COMPANY_MENTOR')")
class SupervisionController {

    private final MentorApprovals approvals;
    private final TraineeDiary diary;

    SupervisionController(MentorApprovals approvals, TraineeDiary diary) {
        this.approvals = approvals;
        this.diary = diary;
    }

    @GetMapping
    String page(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("page", approvals.page(user));
        model.addAttribute("lateAfter", diary.settings().lateAfterWorkingDays());
        return "placements/supervision";
    }

    /**
     * One form for the three ways: {@code only} (the entry whose button was pressed), {@code action=selected} (the ticked
     * {@code entry} boxes) or {@code action=all} (every entry the page showed, {@code shown}).
     */
    @PostMapping("/approve")
    String approve(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) UUID only,
            @RequestParam(required = false) String action, @RequestParam(required = false) List<UUID> entry,
            @RequestParam(required = false) List<UUID> shown, RedirectAttributes redirect) {
        List<UUID> ids = only != null ? List.of(only) : "all".equals(action) ? shown : entry;
        noticed(redirect, "placements.supervision.notice.approved", () -> approvals.approve(user, ids == null ? List.of() : ids));
        return "redirect:/placements/supervision";
    }

    @PostMapping("/entries/{entryId}/return")
    String returnEntry(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID entryId,
            @RequestParam(required = false) String comment, RedirectAttributes redirect) {
        noticed(redirect, "placements.supervision.notice.returned", () -> approvals.returnEntry(user, entryId, comment));
        return "redirect:/placements/supervision#entry-" + entryId;
    }

    @PostMapping("/entries/{entryId}/comments")
    String comment(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID entryId, @RequestParam(required = false) String body,
            RedirectAttributes redirect) {
        noticed(redirect, "placements.supervision.notice.commented", () -> diary.comment(user, entryId, body));
        return "redirect:/placements/supervision#entry-" + entryId;
    }

    /** Runs a step and says so; a refused one (blank comment, nothing ticked) comes back as the flash error, a hidden id as 404. */
    static void noticed(RedirectAttributes redirect, String notice, Runnable step) {
        try {
            step.run();
            redirect.addFlashAttribute("flash", notice);
        } catch (DomainProblem refused) {
            if (refused.status().value() == 404) {
                throw refused;
            }
            redirect.addFlashAttribute("flashError", refused.fieldProblems().isEmpty() ? refused.messageKey()
                    : refused.fieldProblems().get(0).messageKey());
        }
    }
}
