package kz.edufusion.tdss.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A cohort to open; {@code completionShare} null = the configured default; {@code organization} null = the caller's. */
public record CohortInput(UUID programId, String title, LocalDate startsOn, LocalDate endsOn, Integer capacity,
        BigDecimal completionShare, UUID organization) {
}
