package kz.edufusion.tdss.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.tdss.domain.AssessmentInput;
import kz.edufusion.tdss.domain.CertificationApplications;
import kz.edufusion.tdss.domain.CertificationDecisions;
import kz.edufusion.tdss.domain.CertificationSchemes;
import kz.edufusion.tdss.domain.CertificationSummary;
import kz.edufusion.tdss.domain.CertificationTargets;
import kz.edufusion.tdss.domain.CertificationView;
import kz.edufusion.tdss.domain.RequirementProgress;
import kz.edufusion.tdss.domain.SchemeInput;
import kz.edufusion.tdss.domain.SchemeView;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Certification of educators: schemes (run by certification bodies), the educator's applications with portfolio and
 * progress, the body's queue, assessment, decision and revocation (which revokes the credential), and progress toward
 * the targets. Educators see only their own applications (404 for others'); only bodies assess, decide and revoke (403).
 */
@RestController
@RequestMapping("/api/v1/tdss/certification")
@Tag(name = "Teacher certification", description = "Certification schemes, applications, decisions and targets")
class TdssCertificationApi {

    private final CertificationSchemes schemes;
    private final CertificationApplications applications;
    private final CertificationDecisions decisions;
    private final CertificationTargets targets;

    TdssCertificationApi(CertificationSchemes schemes, CertificationApplications applications, CertificationDecisions decisions,
            CertificationTargets targets) {
        this.schemes = schemes;
        this.applications = applications;
        this.decisions = decisions;
        this.targets = targets;
    }

    record ApplyRequest(UUID schemeId) {
    }

    record DecisionRequest(String outcome, String reasons) {
    }

    record ReasonRequest(String reason) {
    }

    record ActiveRequest(boolean active) {
    }

    @GetMapping("/schemes")
    @Operation(summary = "The schemes open for applications")
    List<SchemeView> schemes() {
        return schemes.active();
    }

    @PostMapping("/schemes")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a scheme (certification bodies and administrators)")
    SchemeView addScheme(@AuthenticationPrincipal CurrentUser user, @RequestBody SchemeInput request) {
        return schemes.create(user, request);
    }

    @PutMapping("/schemes/{id}/active")
    @Operation(summary = "Open a scheme for applications or withdraw it")
    SchemeView setActive(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestBody ActiveRequest request) {
        return schemes.setActive(user, id, request.active());
    }

    @GetMapping("/schemes/{id}/progress")
    @Operation(summary = "The caller's progress against a scheme's training requirements")
    RequirementProgress progress(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return applications.progress(user, id);
    }

    @GetMapping("/applications/mine")
    @Operation(summary = "The caller's applications")
    List<CertificationSummary> mine(@AuthenticationPrincipal CurrentUser user) {
        return applications.mine(user);
    }

    @PostMapping("/applications")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Apply for a scheme (answers the open application when there is one)")
    CertificationView apply(@AuthenticationPrincipal CurrentUser user, @RequestBody(required = false) ApplyRequest request) {
        return applications.apply(user, request == null ? null : request.schemeId());
    }

    @GetMapping("/applications/{id}")
    @Operation(summary = "One application: its educator or a body running its scheme")
    CertificationView application(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return applications.get(user, id);
    }

    @PostMapping(path = "/applications/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Attach a portfolio file (PDF, PNG or JPEG) to a draft")
    CertificationView evidence(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @RequestPart(name = "file", required = false) MultipartFile file) throws IOException {
        return applications.addEvidence(user, id, file == null ? null : file.getOriginalFilename(), file == null ? null : file.getBytes());
    }

    @GetMapping("/applications/{id}/evidence/{evidence}")
    @Operation(summary = "A portfolio file")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID evidence) {
        return TdssPlansApi.file(applications.evidence(user, id, evidence));
    }

    @PostMapping("/applications/{id}/submit")
    @Operation(summary = "Submit a draft; 409 while training hours or programs are missing")
    CertificationView submit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return applications.submit(user, id);
    }

    @GetMapping("/applications/{id}/certificate.pdf")
    @Operation(summary = "The printable certificate of a certification, with its verification QR code")
    ResponseEntity<byte[]> certificate(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .body(applications.certificate(user, id, LocaleContextHolder.getLocale()));
    }

    @GetMapping("/queue")
    @Operation(summary = "Submitted applications of the schemes the caller's body runs")
    List<CertificationSummary> queue(@AuthenticationPrincipal CurrentUser user) {
        return decisions.queue(user);
    }

    @GetMapping("/decided")
    @Operation(summary = "Decided applications of the schemes the caller's body runs")
    List<CertificationSummary> decided(@AuthenticationPrincipal CurrentUser user) {
        return decisions.decided(user);
    }

    @PutMapping("/applications/{id}/assessment")
    @Operation(summary = "Record the assessment score, observed teaching and portfolio review")
    CertificationView assess(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @RequestBody(required = false) AssessmentInput request) {
        return decisions.assess(user, id, request == null ? new AssessmentInput(null, null, null, null, null) : request);
    }

    @PostMapping("/applications/{id}/decision")
    @Operation(summary = "Decide CERTIFIED (issues the credential) or NOT_CERTIFIED, with reasons")
    CertificationView decide(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @RequestBody(required = false) DecisionRequest request) {
        return decisions.decide(user, id, request == null ? null : request.outcome(), request == null ? null : request.reasons());
    }

    @PostMapping("/applications/{id}/revoke")
    @Operation(summary = "Revoke a certification with a reason; its credential is revoked")
    CertificationView revoke(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @RequestBody(required = false) ReasonRequest request) {
        return decisions.revoke(user, id, request == null ? null : request.reason());
    }

    @GetMapping("/progress")
    @Operation(summary = "Educators trained, certified and internationally certified against the targets")
    CertificationTargets.TargetsView targets(@AuthenticationPrincipal CurrentUser user) {
        return targets.view(user);
    }
}
