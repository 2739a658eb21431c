package kz.edufusion.placements.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.placements.PlacementParty;
import kz.edufusion.placements.agreements.AgreementTerms;
import kz.edufusion.placements.agreements.AgreementView;
import kz.edufusion.placements.agreements.Agreements;
import kz.edufusion.placements.agreements.Signing;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tripartite agreement of a placement over REST: answered to the placement's parties only (404 otherwise); the
 * university or the company prepares, edits, sends, amends and terminates; the student, the university and the
 * company each sign for their party (403 for anyone else, tutors and mentors included).
 */
@RestController
@RequestMapping("/api/v1/placements/placements/{id}/agreement")
@Tag(name = "Internship agreements", description = "The tripartite agreement (student, university, company): versions, signatures, PDFs")
class AgreementsApi {

    private final Agreements agreements;

    AgreementsApi(Agreements agreements) {
        this.agreements = agreements;
    }

    @GetMapping
    AgreementView agreement(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return agreements.view(user, id);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Prepare version 1 as a draft in kk or ru, filled from the placement (coordinator or company representative)")
    AgreementView prepare(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestBody PrepareRequest request) {
        return agreements.prepare(user, id, request.language());
    }

    @PutMapping("/draft")
    @Operation(summary = "Edit the draft version: language, dates, hours, stipend (null = unpaid), tasks, tutor, mentor, ipOwner")
    AgreementView draft(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestBody AgreementTerms terms) {
        return agreements.saveDraft(user, id, terms);
    }

    @PostMapping("/send")
    @Operation(summary = "Freeze the draft: the PDF and its SHA-256 are stored and the three parties may sign")
    AgreementView send(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return agreements.send(user, id);
    }

    @PostMapping("/sign")
    @Operation(summary = "Sign the version sent: full name as on the account, consent; party optional when the caller is only one")
    AgreementView sign(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestBody SignRequest request,
            HttpServletRequest http) {
        return agreements.sign(user, id, new Signing(request.party(), request.fullName(), Boolean.TRUE.equals(request.consent()),
                http.getRemoteAddr(), http.getHeader(HttpHeaders.USER_AGENT)));
    }

    @PostMapping("/amendments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start an amendment: a new draft version copied from the latest, with its reason")
    AgreementView amend(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestBody ReasonRequest request) {
        return agreements.amend(user, id, request.reason());
    }

    @PostMapping("/terminate")
    @Operation(summary = "Terminate the agreement and the placement with a reason (university or company)")
    AgreementView terminate(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestBody ReasonRequest request) {
        return agreements.terminate(user, id, request.reason());
    }

    @GetMapping("/versions/{version}/pdf")
    @Operation(summary = "The version's PDF, with the signature page after it once anyone signed")
    ResponseEntity<byte[]> pdf(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable int version) {
        return agreements.pdf(user, id, version, true).download();
    }

    @GetMapping("/versions/{version}/document.pdf")
    @Operation(summary = "Exactly the bytes signed (their SHA-256 is in every signature)")
    ResponseEntity<byte[]> document(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable int version) {
        return agreements.pdf(user, id, version, false).download();
    }

    record PrepareRequest(String language) {
    }

    record SignRequest(PlacementParty party, String fullName, Boolean consent) {
    }

    record ReasonRequest(String reason) {
    }
}
