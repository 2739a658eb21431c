package kz.edufusion.alignment;

import java.time.Instant;
import java.util.UUID;

/**
 * A program's coverage score (0-100) of the demand for its target occupations, from the run {@code runId}. A program
 * without target occupations or without vacancies for them has no demanded skills: its stored 0 is not a
 * measurement, and means over programs leave it out (see {@link #measurable()}).
 */
public record ProgramScore(UUID programId, UUID universityId, String code, String fieldCode, String regionCode,
        double score, int demandedSkills, int missingSkills, long runId, Instant computedAt) {

    public boolean measurable() {
        return demandedSkills > 0;
    }
}
