package kz.edufusion.tdss.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.tdss.domain.DevelopmentPlans;
import kz.edufusion.tdss.domain.EvidenceFile;
import kz.edufusion.tdss.domain.GoalInput;
import kz.edufusion.tdss.domain.PlanSummary;
import kz.edufusion.tdss.domain.PlanView;
import kz.edufusion.tdss.domain.Recommendation;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
 * Development plans: the educator's own (others' ids answer 404), the review by a coordinator of the plan's
 * institution, recommended training for the self-assessed gaps and evidence per goal.
 */
@RestController
@RequestMapping("/api/v1/tdss/plans")
@Tag(name = "Teacher development plans", description = "Educators' development plans, goals, evidence and review")
class TdssPlansApi {

    private final DevelopmentPlans plans;

    TdssPlansApi(DevelopmentPlans plans) {
        this.plans = plans;
    }

    record PlanRequest(String framework, LocalDate periodStart, LocalDate periodEnd) {
    }

    record StatusRequest(String status) {
    }

    record CommentRequest(String comment) {
    }

    @GetMapping("/mine")
    @Operation(summary = "The caller's plans")
    List<PlanSummary> mine(@AuthenticationPrincipal CurrentUser user) {
        return plans.mine(user);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Start a plan for a period in a framework (educators)")
    PlanView create(@AuthenticationPrincipal CurrentUser user, @RequestBody PlanRequest request) {
        return plans.create(user, request.framework(), request.periodStart(), request.periodEnd());
    }

    @GetMapping("/review")
    @Operation(summary = "Plans of the coordinator's institutions, submitted first")
    List<PlanSummary> review(@AuthenticationPrincipal CurrentUser user) {
        return plans.toReview(user);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One plan: the owner's or, for its supervisors, one of their institution's")
    PlanView plan(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return plans.get(user, id);
    }

    @GetMapping("/{id}/recommendations")
    @Operation(summary = "Programs covering the owner's self-assessed gaps, most gaps first")
    List<Recommendation> recommendations(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return plans.recommendations(user, id);
    }

    @PostMapping("/{id}/goals")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a goal: competence, target level, due date within the period, planned program")
    PlanView addGoal(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestBody GoalInput request) {
        return plans.addGoal(user, id, request);
    }

    @PutMapping("/{id}/goals/{goal}/status")
    @Operation(summary = "Track a goal: PLANNED, IN_PROGRESS, ACHIEVED or DROPPED")
    PlanView goalStatus(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID goal,
            @RequestBody StatusRequest request) {
        return plans.goalStatus(user, id, goal, request.status());
    }

    @PostMapping(path = "/{id}/goals/{goal}/evidence", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Upload evidence for a goal: PDF, PNG or JPEG, at most 5 MB")
    PlanView evidence(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID goal,
            @RequestPart("file") MultipartFile file) throws IOException {
        return plans.addEvidence(user, id, goal, file.getOriginalFilename(), file.getBytes());
    }

    @GetMapping("/{id}/evidence/{evidence}")
    @Operation(summary = "Download one evidence file of the plan")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @PathVariable UUID evidence) {
        return file(plans.evidence(user, id, evidence));
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "Submit the plan to the supervisor")
    PlanView submit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return plans.submit(user, id);
    }

    @PostMapping("/{id}/approve")
    @Operation(summary = "Approve a submitted plan (a coordinator of its institution)")
    PlanView approve(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @RequestBody(required = false) CommentRequest request) {
        return plans.approve(user, id, request == null ? null : request.comment());
    }

    @PostMapping("/{id}/return")
    @Operation(summary = "Return a submitted plan with a comment (a coordinator of its institution)")
    PlanView sendBack(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @RequestBody(required = false) CommentRequest request) {
        return plans.sendBack(user, id, request == null ? null : request.comment());
    }

    static ResponseEntity<byte[]> file(EvidenceFile file) {
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }
}
