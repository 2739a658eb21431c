package kz.edufusion.notifications.web;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import kz.edufusion.common.PageQuery;
import kz.edufusion.notifications.NotificationsOutbox;
import kz.edufusion.notifications.OutboxStatus;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' outbox: every mail the platform queued, and the full text of one, because
 * without SMTP this page is how a password-reset or invitation link reaches its recipient.
 * Access is restricted to platform administrators by the security rules for {@code /admin/**}.
 */
@Controller
@RequestMapping("/admin/outbox")
class OutboxController {

    private static final Map<OutboxStatus, String> BADGES = new EnumMap<>(Map.of(
            OutboxStatus.QUEUED, "text-bg-secondary",
            OutboxStatus.SENT, "text-bg-success",
            OutboxStatus.FAILED, "text-bg-danger",
            OutboxStatus.HELD, "text-bg-warning"));

    private final NotificationsOutbox outbox;

    OutboxController(NotificationsOutbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping
    String list(@RequestParam(name = "recipient", required = false) String recipient,
            @RequestParam(name = "status", required = false) String status,
            @RequestParam(name = "page", required = false) Integer page,
            @RequestParam(name = "size", required = false) Integer size,
            Model model) {
        String recipientFilter = recipient == null ? "" : recipient.strip();
        // an unknown status in a hand-edited link shows everything rather than an error page
        String statusFilter = OutboxStatus.parse(status).map(Enum::name).orElse("");
        model.addAttribute("messages", outbox.search(recipientFilter, statusFilter, PageQuery.of(page, size)));
        model.addAttribute("recipient", recipientFilter);
        model.addAttribute("status", statusFilter);
        model.addAttribute("statuses", OutboxStatus.values());
        model.addAttribute("badges", BADGES);
        model.addAttribute("smtpConfigured", outbox.smtpConfigured());
        return "notifications/outbox";
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        model.addAttribute("message", outbox.find(id).orElseThrow(OutboxController::notFound));
        model.addAttribute("badges", BADGES);
        return "notifications/outbox-message";
    }

    @PostMapping("/{id}/retry")
    String retry(@PathVariable UUID id, RedirectAttributes redirect) {
        return afterAction(id, outbox.requeue(id), "notifications.flash.requeued",
                "notifications.problem.notRequeueable", redirect);
    }

    @PostMapping("/{id}/hold")
    String hold(@PathVariable UUID id, RedirectAttributes redirect) {
        return afterAction(id, outbox.hold(id), "notifications.flash.held",
                "notifications.problem.notHoldable", redirect);
    }

    private String afterAction(UUID id, boolean done, String doneKey, String refusedKey, RedirectAttributes redirect) {
        if (done) {
            redirect.addFlashAttribute("flash", doneKey);
        } else {
            // a message that does not exist is a 404; one in the wrong state (a double click, or the
            // dispatcher got there first) is shown again with an explanation
            outbox.find(id).orElseThrow(OutboxController::notFound);
            redirect.addFlashAttribute("outboxProblem", refusedKey);
        }
        return "redirect:/admin/outbox/" + id;
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
