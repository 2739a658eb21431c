package kz.edufusion.credentials.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.credentials.Credentials;
import kz.edufusion.credentials.IssuedCredential;
import kz.edufusion.credentials.VerificationResult;
import kz.edufusion.credentials.domain.Wallet;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Public verification, no sign-in: the page of one credential (where a certificate's QR code leads; hidden and
 * unknown credentials answer 404 alike), verified afresh on every visit, and the verifier that checks a pasted or
 * uploaded VC-JWT.
 */
@Controller
class VerifyController {

    static final int MAX_UPLOAD = 64 * 1024;

    private final Wallet wallet;
    private final Credentials credentials;

    VerifyController(Wallet wallet, Credentials credentials) {
        this.wallet = wallet;
        this.credentials = credentials;
    }

    @GetMapping("/verify/credentials/{id}")
    String credential(@PathVariable UUID id, Model model) {
        IssuedCredential credential = wallet.published(id).orElseThrow(() -> DomainProblem.notFound("credentials.problem.notFound"));
        model.addAttribute("credential", credential);
        model.addAttribute("result", credentials.verify(credential.jwt()));
        return "credentials/public";
    }

    @GetMapping("/verify/credential")
    String verifier() {
        return "credentials/verifier";
    }

    @PostMapping("/verify/credential")
    String verify(@RequestParam(required = false) String jwt, @RequestParam(required = false) MultipartFile file, Model model)
            throws IOException {
        String token = jwt == null ? "" : jwt.strip();
        if (file != null && !file.isEmpty()) {
            if (file.getSize() > MAX_UPLOAD) {
                model.addAttribute("inputError", "credentials.verifier.fileTooLarge");
                return "credentials/verifier";
            }
            token = new String(file.getBytes(), StandardCharsets.UTF_8).strip();
        }
        if (token.isEmpty()) {
            model.addAttribute("inputError", "credentials.verifier.empty");
            return "credentials/verifier";
        }
        VerificationResult result = credentials.verify(token);
        model.addAttribute("jwt", token);
        model.addAttribute("result", result);
        return "credentials/verifier";
    }
}
