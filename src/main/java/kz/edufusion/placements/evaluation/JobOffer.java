package kz.edufusion.placements.evaluation;

import java.time.LocalDate;

/** An offer of employment the host made to its intern; accepted null = not decided yet. */
public record JobOffer(String position, Integer salaryKzt, LocalDate offeredOn, Boolean accepted) {
}
