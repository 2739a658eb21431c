package kz.edufusion.alignment;

import java.time.Instant;
import java.util.UUID;

/** A program's coverage score (0-100) of the demand for its target occupations, from the run {@code runId}. */
public record ProgramScore(UUID programId, UUID universityId, String code, String fieldCode, String regionCode,
        double score, int demandedSkills, int missingSkills, long runId, Instant computedAt) {
}
