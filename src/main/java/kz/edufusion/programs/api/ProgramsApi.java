package kz.edufusion.programs.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.UUID;
import kz.edufusion.common.PageQuery;
import kz.edufusion.common.PageResponse;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.programs.ProgramLevel;
import kz.edufusion.programs.ProgramType;
import kz.edufusion.programs.SkillLevel;
import kz.edufusion.programs.domain.ProgramDetails;
import kz.edufusion.programs.domain.ProgramFilter;
import kz.edufusion.programs.domain.ProgramService;
import kz.edufusion.programs.domain.ProgramView;
import kz.edufusion.programs.domain.SkillReview;
import kz.edufusion.programs.domain.SkillReviewService;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The register over REST. Reading: administrators, ministry analysts and QA reviewers see every program,
 * coordinators and educators their own universities'; changing: coordinators of the owning university and
 * administrators. Anyone else gets 403 problem details, a program id that does not exist 404.
 */
@RestController
@RequestMapping("/api/v1/programs")
@Tag(name = "Programs", description = "Register of educational programs: records, outcomes, disciplines and the skill review")
class ProgramsApi {

    private final ProgramService programs;
    private final SkillReviewService review;

    ProgramsApi(ProgramService programs, SkillReviewService review) {
        this.programs = programs;
        this.review = review;
    }

    @GetMapping
    @Operation(summary = "Programs the caller may read, filtered (university, field 01-12, level, region, type, text q), paged")
    PageResponse<ProgramView> list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) UUID university,
            @RequestParam(required = false) String field, @RequestParam(required = false) ProgramLevel level,
            @RequestParam(required = false) String region, @RequestParam(required = false) ProgramType type,
            @RequestParam(required = false) String q, @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size) {
        return programs.search(user, new ProgramFilter(university, field, level, region, type, q), PageQuery.of(page, size));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A program with its outcomes, disciplines and cohorts")
    ProgramDetails get(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return programs.details(user, id);
    }

    @PostMapping
    @Operation(summary = "Create a program of a university the caller coordinates (400 problem with every field to blame)")
    ResponseEntity<ProgramDetails> create(@AuthenticationPrincipal CurrentUser user, @RequestBody ProgramRequest request) {
        UUID id = programs.create(user, request.universityId(), request.draft());
        return ResponseEntity.created(URI.create("/api/v1/programs/" + id)).body(programs.details(user, id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a program's record (outcomes, disciplines and cohorts stay)")
    ProgramDetails update(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestBody ProgramRequest request) {
        programs.update(user, id, request.draft());
        return programs.details(user, id);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a program with its outcomes, disciplines, cohorts, skills and targets")
    ResponseEntity<Void> delete(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        programs.delete(user, id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/skills")
    @Operation(summary = "The skill links of every outcome and discipline: proposals with confidence, decisions with level")
    SkillReview skills(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return review.review(user, id);
    }

    @PostMapping("/{id}/skills/{link}/confirm")
    @Operation(summary = "Confirm a proposed (or change a decided) skill link at a level: INTRODUCED, PRACTICED, MASTERED")
    SkillReview confirm(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID link,
            @RequestBody LevelRequest request) {
        review.confirm(user, id, link, request.level());
        return review.review(user, id);
    }

    @PostMapping("/{id}/skills/{link}/reject")
    @Operation(summary = "Reject a skill link (it no longer counts in the gap analysis)")
    SkillReview reject(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @PathVariable UUID link) {
        review.reject(user, id, link);
        return review.review(user, id);
    }

    /** The level a confirmation sets. */
    record LevelRequest(SkillLevel level) {
    }
}
