package kz.edufusion.credentials.web;

import java.util.UUID;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.credentials.Credentials;
import kz.edufusion.credentials.domain.CredentialAdministration;
import kz.edufusion.credentials.domain.SigningKeys;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators: the issued credentials (search, revoke with a reason) and the signing keys (rotate). */
@Controller
@RequestMapping("/admin/credentials")
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class AdminCredentialsController {

    private final CredentialAdministration administration;
    private final Credentials credentials;
    private final SigningKeys keys;

    AdminCredentialsController(CredentialAdministration administration, Credentials credentials, SigningKeys keys) {
        this.administration = administration;
        this.credentials = credentials;
        this.keys = keys;
    }

    @GetMapping
    String list(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("credentials", administration.search(q, 200));
        return "credentials/admin";
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable UUID id, @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            credentials.revoke(id, reason);
            redirect.addFlashAttribute("flash", "credentials.admin.revokedNotice");
        } catch (DomainProblem refused) {
            if (refused.status().value() == 404) {
                throw refused;
            }
            redirect.addFlashAttribute("flashError", refused.messageKey());
        }
        return "redirect:/admin/credentials";
    }

    @GetMapping("/keys")
    String keys(Model model) {
        model.addAttribute("keys", keys.keys());
        return "credentials/keys";
    }

    @PostMapping("/keys/rotate")
    String rotate(RedirectAttributes redirect) {
        keys.rotate();
        redirect.addFlashAttribute("flash", "credentials.keys.rotatedNotice");
        return "redirect:/admin/credentials/keys";
    }
}
