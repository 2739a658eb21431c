package kz.edufusion.tdss.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.tdss.domain.CertificationApplications;
import kz.edufusion.tdss.domain.CertificationBodies;
import kz.edufusion.tdss.domain.CertificationSchemes;
import kz.edufusion.tdss.domain.CertificationSummary;
import kz.edufusion.tdss.domain.CertificationView;
import kz.edufusion.tdss.domain.EvidenceFiles;
import kz.edufusion.tdss.domain.RequirementProgress;
import kz.edufusion.tdss.domain.SchemeView;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The educator's certification pages: the schemes with their progress against each, their applications, and an
 * application's page (portfolio, submitting, the decision, the certificate), which the certification body running
 * the scheme also opens to assess and decide.
 */
@Controller
class CertificationController {

    private final CertificationApplications applications;
    private final CertificationSchemes schemes;
    private final CertificationBodies bodies;
    private final EvidenceFiles evidenceFiles;

    CertificationController(CertificationApplications applications, CertificationSchemes schemes, CertificationBodies bodies,
            EvidenceFiles evidenceFiles) {
        this.applications = applications;
        this.schemes = schemes;
        this.bodies = bodies;
        this.evidenceFiles = evidenceFiles;
    }

    @GetMapping("/tdss/certification")
    String mine(@AuthenticationPrincipal CurrentUser user, Model model) {
        Map<SchemeView, RequirementProgress> progress = new LinkedHashMap<>();
        schemes.active().forEach(s -> progress.put(s, applications.progress(user, s)));
        List<CertificationSummary> mine = applications.mine(user);
        // the newest application per scheme: an open one is continued instead of applying again
        Map<UUID, CertificationSummary> latest = new LinkedHashMap<>();
        mine.forEach(a -> latest.putIfAbsent(a.schemeId(), a));
        model.addAttribute("progress", progress);
        model.addAttribute("latest", latest);
        model.addAttribute("applications", mine);
        return "tdss/certification";
    }

    @PostMapping("/tdss/certification/apply")
    String apply(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) UUID schemeId) {
        return "redirect:/tdss/certification/applications/" + applications.apply(user, schemeId).id();
    }

    @GetMapping("/tdss/certification/applications/{id}")
    String application(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, Model model) {
        CertificationView application = applications.get(user, id);
        model.addAttribute("certification", application);
        model.addAttribute("owner", application.personId().equals(user.personId()));
        model.addAttribute("body", bodies.runs(user, application.scheme()) && !application.personId().equals(user.personId()));
        model.addAttribute("maxMegabytes", evidenceFiles.maxBytes() / (1024 * 1024));
        return "tdss/certification-application";
    }

    @PostMapping("/tdss/certification/applications/{id}/evidence")
    String evidence(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
        applications.addEvidence(user, id, file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes());
        redirect.addFlashAttribute("flash", "tdss.certification.evidenceAdded");
        return "redirect:/tdss/certification/applications/" + id;
    }

    @GetMapping("/tdss/certification/applications/{id}/evidence/{evidence}")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID evidence) {
        return PlansController.file(applications.evidence(user, id, evidence));
    }

    @PostMapping("/tdss/certification/applications/{id}/submit")
    String submit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
        applications.submit(user, id);
        redirect.addFlashAttribute("flash", "tdss.certification.submitted");
        return "redirect:/tdss/certification/applications/" + id;
    }

    @GetMapping("/tdss/certification/applications/{id}/certificate.pdf")
    ResponseEntity<byte[]> certificate(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        byte[] pdf = applications.certificate(user, id, LocaleContextHolder.getLocale());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("certification-" + id + ".pdf").build().toString())
                .body(pdf);
    }
}
