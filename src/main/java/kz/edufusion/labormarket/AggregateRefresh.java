package kz.edufusion.labormarket;

import java.time.Instant;

/** One rebuild of the demand aggregates: what started it, when, how long it took and how many rows it wrote. */
public record AggregateRefresh(String trigger, Instant startedAt, Instant finishedAt, long vacancies,
        long aggregateRows, long totalRows, long salaryRows, long durationMs) {
}
