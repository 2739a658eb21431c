package kz.edufusion.tdss.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.tdss.domain.AssessmentInput;
import kz.edufusion.tdss.domain.CertificationDecisions;
import kz.edufusion.tdss.domain.CertificationSchemes;
import kz.edufusion.tdss.domain.Frameworks;
import kz.edufusion.tdss.domain.SchemeInput;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The certification body's pages: the queue and decided applications, the assessment and decision forms, the schemes. */
@Controller
class CertificationBodyController {

    private final CertificationDecisions decisions;
    private final CertificationSchemes schemes;
    private final Frameworks frameworks;

    CertificationBodyController(CertificationDecisions decisions, CertificationSchemes schemes, Frameworks frameworks) {
        this.decisions = decisions;
        this.schemes = schemes;
        this.frameworks = frameworks;
    }

    @GetMapping("/tdss/certification/queue")
    String queue(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("waiting", decisions.queue(user));
        model.addAttribute("decided", decisions.decided(user));
        return "tdss/certification-queue";
    }

    @PostMapping("/tdss/certification/applications/{id}/assessment")
    String assess(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) Integer score,
            @RequestParam(required = false) String observation, @RequestParam(required = false) String observationNote,
            @RequestParam(required = false) String portfolio, @RequestParam(required = false) String portfolioNote,
            RedirectAttributes redirect) {
        decisions.assess(user, id, new AssessmentInput(score, observation, observationNote, portfolio, portfolioNote));
        redirect.addFlashAttribute("flash", "tdss.certification.assessed");
        return "redirect:/tdss/certification/applications/" + id;
    }

    @PostMapping("/tdss/certification/applications/{id}/decision")
    String decide(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) String outcome,
            @RequestParam(required = false) String reasons, RedirectAttributes redirect) {
        decisions.decide(user, id, outcome, reasons);
        redirect.addFlashAttribute("flash", "tdss.certification.decided");
        return "redirect:/tdss/certification/applications/" + id;
    }

    @PostMapping("/tdss/certification/applications/{id}/revoke")
    String revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        decisions.revoke(user, id, reason);
        redirect.addFlashAttribute("flash", "tdss.certification.revokedNotice");
        return "redirect:/tdss/certification/applications/" + id;
    }

    @GetMapping("/tdss/certification/schemes")
    String schemes(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("schemes", schemes.managed(user));
        model.addAttribute("frameworks", frameworks.all());
        return "tdss/certification-schemes";
    }

    @PostMapping("/tdss/certification/schemes")
    String addScheme(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) String code,
            @RequestParam(required = false) String titleKk, @RequestParam(required = false) String titleRu,
            @RequestParam(required = false) String titleEn, @RequestParam(required = false) String descriptionKk,
            @RequestParam(required = false) String descriptionRu, @RequestParam(required = false) String descriptionEn,
            @RequestParam(required = false) String level, @RequestParam(required = false) Integer validityYears,
            @RequestParam(required = false) BigDecimal minHours, @RequestParam(required = false) BigDecimal minInternationalHours,
            @RequestParam(required = false) String requiredPrograms, @RequestParam(required = false) Integer passScore,
            @RequestParam(defaultValue = "false") boolean portfolioRequired,
            @RequestParam(defaultValue = "false") boolean observationRequired,
            @RequestParam(required = false) String frameworkCode, @RequestParam(required = false) String competences,
            RedirectAttributes redirect) {
        schemes.create(user, new SchemeInput(code, titleKk, titleRu, titleEn, descriptionKk, descriptionRu, descriptionEn, level,
                validityYears, minHours, minInternationalHours, split(requiredPrograms), passScore, portfolioRequired,
                observationRequired, frameworkCode, split(competences)));
        redirect.addFlashAttribute("flash", "tdss.certification.schemeAdded");
        return "redirect:/tdss/certification/schemes";
    }

    @PostMapping("/tdss/certification/schemes/{id}/active")
    String active(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestParam boolean active,
            RedirectAttributes redirect) {
        schemes.setActive(user, id, active);
        redirect.addFlashAttribute("flash", active ? "tdss.certification.schemeOpened" : "tdss.certification.schemeWithdrawn");
        return "redirect:/tdss/certification/schemes";
    }

    /** Codes typed comma- or space-separated in one field. */
    private static List<String> split(String codes) {
        return codes == null || codes.isBlank() ? List.of() : List.of(codes.trim().split("[,\\s]+"));
    }
}
