package kz.edufusion.tdss.web;

import kz.edufusion.identity.CurrentUser;
import kz.edufusion.tdss.domain.CertificationTargets;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Progress toward the targets of 200 certified educators, half of them internationally. */
@Controller
class CertificationTargetsController {

    private final CertificationTargets targets;

    CertificationTargetsController(CertificationTargets targets) {
        this.targets = targets;
    }

    @GetMapping("/tdss/certification/progress")
    String progress(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("targets", targets.view(user));
        return "tdss/certification-progress";
    }
}
