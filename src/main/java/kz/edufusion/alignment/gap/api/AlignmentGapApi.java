package kz.edufusion.alignment.gap.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.UUID;
import kz.edufusion.alignment.AlignmentResults;
import kz.edufusion.alignment.AlignmentRun;
import kz.edufusion.alignment.engine.ProgramGap;
import kz.edufusion.alignment.gap.GapReader;
import kz.edufusion.alignment.gap.GapRecompute;
import kz.edufusion.alignment.gap.ProgramGapRead;
import kz.edufusion.alignment.gap.RecomputeTrigger;
import kz.edufusion.identity.AuditLog;
import kz.edufusion.identity.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A program's gap analysis as JSON (same access as its page: 404 unknown, 403 not allowed) and the
 * administrator's national recompute (the /api/v1/admin prefix is administrators only).
 */
@RestController
@Tag(name = "Gap analysis", description = "Coverage of the demanded skills by a program, with evidence and recommendations")
class AlignmentGapApi {

    private final GapReader reader;
    private final GapRecompute recompute;
    private final AlignmentResults results;
    private final AuditLog audit;

    AlignmentGapApi(GapReader reader, GapRecompute recompute, AlignmentResults results, AuditLog audit) {
        this.reader = reader;
        this.recompute = recompute;
        this.results = results;
        this.audit = audit;
    }

    /** {@code gap} and {@code computedAt} are null until a recompute reached the program. */
    record ProgramGapResponse(UUID programId, String code, UUID universityId, Double score, Instant computedAt,
            ProgramGap gap) {
    }

    @GetMapping("/api/v1/alignment/programs/{id}")
    @Operation(summary = "A program's score, missing skills with evidence, taught-unused skills and recommended disciplines")
    ProgramGapResponse program(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        ProgramGapRead read = reader.program(id, user);
        return new ProgramGapResponse(id, read.program().code(), read.program().universityId(),
                read.gap() == null ? null : read.gap().score(), read.computedAt(), read.gap());
    }

    @PostMapping("/api/v1/admin/alignment/recompute")
    @Operation(summary = "Recompute the gap analysis of every program, university, region and field now")
    AlignmentRun recompute() {
        long run = recompute.recomputeNation(RecomputeTrigger.ADMIN);
        audit.record("alignment.recompute", "alignment_run", run, "national gap analysis recomputed through the API");
        return results.lastRun().filter(r -> r.id() == run).orElseThrow();
    }
}
