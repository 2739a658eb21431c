package kz.edufusion.placements.evaluation;

/** One criterion's rating as submitted: the criterion's key, 1-5, and a comment (required for 1 and 2). */
public record RatingInput(String criterion, Integer rating, String comment) {
}
