package kz.edufusion.alignment;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The latest gap analysis scores, as the national view, the quarterly analysis and other modules read them.
 * Unscoped: callers decide who may see what.
 */
public interface AlignmentResults {

    /** The latest score of every program that has one, by field, region and code. */
    List<ProgramScore> latestScores();

    Optional<ProgramScore> score(UUID programId);

    /** The last completed recompute, if any ran. */
    Optional<AlignmentRun> lastRun();
}
