package kz.edufusion.placements.web;

import java.time.LocalDate;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.common.web.PlatformTime;
import kz.edufusion.placements.evaluation.Certificate;
import kz.edufusion.placements.evaluation.Certificates;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public page a certificate's QR code opens, without login (SecurityConfiguration permits /verify/**): what the
 * certificate states (holder's name, company, program, type, dates, hours, result, issue date and validity) in the
 * visitor's language, and nothing else about the person. An unknown code is a 404 page.
 */
@Controller
class CertificateVerificationController {

    private final Certificates certificates;

    CertificateVerificationController(Certificates certificates) {
        this.certificates = certificates;
    }

    @GetMapping("/verify/placements/{code}")
    String verify(@PathVariable String code, Model model) {
        Certificate certificate = certificates.verify(code)
                .orElseThrow(() -> DomainProblem.notFound("placements.evaluation.verify.unknown"));
        model.addAttribute("c", certificate);
        model.addAttribute("valid", certificate.validOn(LocalDate.now(PlatformTime.ZONE)));
        // the signed credential is offered unless its holder has taken it off its public page
        model.addAttribute("credentialUrl", certificates.credential(certificate.placementId()).filter(c -> !c.hidden())
                .map(kz.edufusion.credentials.IssuedCredential::verificationUrl).orElse(null));
        return "placements/verify";
    }
}
