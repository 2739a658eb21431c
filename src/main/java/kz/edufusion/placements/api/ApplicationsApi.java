package kz.edufusion.placements.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.placements.domain.ApplicationView;
import kz.edufusion.placements.domain.Applications;
import kz.edufusion.placements.domain.CvFile;
import kz.edufusion.placements.domain.Decision;
import kz.edufusion.placements.domain.PlacementRegistry;
import kz.edufusion.placements.domain.PlacementView;
import kz.edufusion.placements.domain.ProposalCommand;
import kz.edufusion.placements.domain.ProposalView;
import kz.edufusion.placements.domain.Proposals;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Applications, proposals and placements over REST, each answered only to the people it concerns. */
@RestController
@RequestMapping("/api/v1/placements")
@Tag(name = "Internship applications", description = "Applications, company decisions, student proposals and placements")
class ApplicationsApi {

    private final Applications applications;
    private final Proposals proposals;
    private final PlacementRegistry placements;

    ApplicationsApi(Applications applications, Proposals proposals, PlacementRegistry placements) {
        this.applications = applications;
        this.proposals = proposals;
        this.placements = placements;
    }

    @GetMapping("/applications/mine")
    List<ApplicationView> mine(@AuthenticationPrincipal CurrentUser user) {
        return applications.mine(user);
    }

    @GetMapping("/applications/university")
    @Operation(summary = "The applications of the students of the universities the caller coordinates")
    List<ApplicationView> university(@AuthenticationPrincipal CurrentUser user) {
        return applications.ofMyUniversities(user);
    }

    @GetMapping("/applications/{id}")
    ApplicationView application(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return applications.read(user, id);
    }

    @GetMapping("/applications/{id}/cv")
    ResponseEntity<byte[]> cv(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        CvFile cv = applications.cv(user, id);
        if (cv == null) {
            return ResponseEntity.noContent().build();
        }
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(cv.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(cv.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(cv.content());
    }

    @PostMapping("/applications/{id}/decision")
    @Operation(summary = "The company's step: SHORTLIST, INTERVIEW (interviewAt, interviewPlace), ACCEPT, REJECT (reason)")
    ApplicationView decide(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestBody Decision decision) {
        return applications.decide(user, id, decision);
    }

    @PostMapping("/applications/{id}/withdraw")
    ApplicationView withdraw(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return applications.withdraw(user, id);
    }

    @PostMapping("/proposals")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A student proposes a company they found, for their coordinator to approve")
    ProposalView propose(@AuthenticationPrincipal CurrentUser user, @RequestBody ProposalCommand command) {
        return proposals.submit(user, command);
    }

    @PostMapping("/proposals/{id}/approve")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void approve(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        proposals.approve(user, id);
    }

    @PostMapping("/proposals/{id}/reject")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void reject(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestBody ReasonRequest request) {
        proposals.reject(user, id, request.reason());
    }

    @GetMapping("/placements/mine")
    List<PlacementView> myPlacements(@AuthenticationPrincipal CurrentUser user) {
        return placements.mine(user);
    }

    @GetMapping("/placements/interns")
    List<PlacementView> interns(@AuthenticationPrincipal CurrentUser user) {
        return placements.interns(user);
    }

    @GetMapping("/placements/university")
    List<PlacementView> universityPlacements(@AuthenticationPrincipal CurrentUser user) {
        return placements.ofMyUniversities(user);
    }

    @org.springframework.web.bind.annotation.PutMapping("/placements/{id}/tutor")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "The student's coordinator names the academic tutor (an ACADEMIC_TUTOR of the university)")
    void tutor(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestBody PersonRequest request) {
        placements.assignTutor(user, id, request.personId());
    }

    @org.springframework.web.bind.annotation.PutMapping("/placements/{id}/mentor")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "The company's representative names the mentor (a COMPANY_MENTOR of the company)")
    void mentor(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestBody PersonRequest request) {
        placements.assignMentor(user, id, request.personId());
    }

    record PersonRequest(UUID personId) {
    }

    record ReasonRequest(String reason) {
    }
}
