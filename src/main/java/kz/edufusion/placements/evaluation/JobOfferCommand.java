package kz.edufusion.placements.evaluation;

import java.time.LocalDate;

/** A job offer as recorded: position and date required, salary (KZT a month) optional, accepted yes / no / null = not yet. */
public record JobOfferCommand(String position, Integer salaryKzt, LocalDate offeredOn, Boolean accepted) {
}
