package kz.edufusion.placements.evaluation;

import java.util.List;

/** A filled evaluation form: who fills it as which evaluator, the stage, a rating per criterion, a general comment. */
public record EvaluationCommand(Evaluator evaluator, Stage stage, List<RatingInput> ratings, String comment) {

    public EvaluationCommand {
        ratings = ratings == null ? List.of() : ratings.stream().map(r -> r == null ? new RatingInput(null, null, null) : r).toList();
    }
}
