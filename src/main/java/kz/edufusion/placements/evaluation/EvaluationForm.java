package kz.edufusion.placements.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A submitted evaluation form (read-only once submitted); score in percent, see {@link Scores#form}. */
public record EvaluationForm(UUID id, Stage stage, Evaluator evaluator, UUID evaluatorId, BigDecimal score, String comment,
        Instant submittedAt, List<Rating> ratings) {

    /** The rating this form gave a criterion, or null. */
    public Integer ratingOf(String criterionKey) {
        return ratings.stream().filter(r -> r.criterion().key().equals(criterionKey)).map(Rating::rating).findFirst().orElse(null);
    }
}
