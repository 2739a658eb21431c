package kz.edufusion.tdss.domain;

import java.time.LocalDate;
import java.util.UUID;

/** A plan in a list: whose, which period, in which status, how many goals. */
public record PlanSummary(UUID id, UUID personId, String personName, String framework, LocalDate periodStart,
        LocalDate periodEnd, String status, int goals) {
}
