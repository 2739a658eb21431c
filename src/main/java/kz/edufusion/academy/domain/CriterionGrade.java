package kz.edufusion.academy.domain;

import java.util.UUID;

/** The level a teacher chose for one criterion, its points as graded, and their comment. */
public record CriterionGrade(UUID criterionId, UUID levelId, int points, String comment) {
}
