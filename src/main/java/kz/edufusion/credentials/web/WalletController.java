package kz.edufusion.credentials.web;

import java.util.List;
import java.util.UUID;
import kz.edufusion.credentials.CredentialCertificates;
import kz.edufusion.credentials.IssuedCredential;
import kz.edufusion.credentials.domain.Wallet;
import kz.edufusion.identity.CurrentUser;
import org.springframework.context.i18n.LocaleContextHolder;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in person's wallet: their credentials with the JSON export (decoded credential and JWT), the share
 * link (the public verification page), a PDF certificate, and hiding a credential from its public page. Every
 * route reads only the caller's own credentials; another person's id answers 404.
 */
@Controller
@RequestMapping("/credentials/wallet")
class WalletController {

    private final Wallet wallet;
    private final CredentialCertificates certificates;

    WalletController(Wallet wallet, CredentialCertificates certificates) {
        this.wallet = wallet;
        this.certificates = certificates;
    }

    @GetMapping
    String wallet(@AuthenticationPrincipal CurrentUser user, Model model) {
        List<IssuedCredential> mine = wallet.mine(user);
        model.addAttribute("credentials", mine);
        return "credentials/wallet";
    }

    @GetMapping("/{id}/export")
    ResponseEntity<java.util.Map<String, Object>> export(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("credential-" + id + ".json").build().toString())
                .body(wallet.export(user, id));
    }

    @GetMapping("/{id}/certificate.pdf")
    ResponseEntity<byte[]> certificate(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        IssuedCredential credential = wallet.mine(user, id);
        byte[] pdf = certificates.pdf(id, new CredentialCertificates.Certificate(credential.name(), List.of(credential.description())),
                LocaleContextHolder.getLocale());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("certificate-" + id + ".pdf").build().toString())
                .body(pdf);
    }

    @PostMapping("/{id}/hide")
    String hide(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        wallet.setHidden(user, id, true);
        redirect.addFlashAttribute("flash", "credentials.wallet.hiddenNotice");
        return "redirect:/credentials/wallet";
    }

    @PostMapping("/{id}/show")
    String show(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        wallet.setHidden(user, id, false);
        redirect.addFlashAttribute("flash", "credentials.wallet.shownNotice");
        return "redirect:/credentials/wallet";
    }
}
