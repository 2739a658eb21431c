package kz.edufusion.placements.evaluation;

/** One criterion's rating in a submitted form. */
public record Rating(Criterion criterion, int rating, String comment) {
}
