package kz.edufusion.placements.evaluation;

import java.math.BigDecimal;

/** A skill or outcome demonstrated on a completed placement, with the final ratings it got (see {@link Scores#finalRating}). */
public record Competence(Criterion criterion, Integer mentorRating, Integer tutorRating, BigDecimal finalRating) {
}
