package kz.edufusion.alignment;

import java.time.Instant;

/** One recompute of the gap analysis: what started it, when, how many programs it scored and how long it took. */
public record AlignmentRun(long id, String trigger, Instant startedAt, Instant finishedAt, int programs, long durationMs) {
}
