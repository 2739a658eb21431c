package kz.edufusion.placements.web;

import java.util.ArrayList;
import java.util.List;
import kz.edufusion.placements.evaluation.Criterion;
import kz.edufusion.placements.evaluation.EvaluationCommand;
import kz.edufusion.placements.evaluation.Evaluator;
import kz.edufusion.placements.evaluation.RatingInput;
import kz.edufusion.placements.evaluation.Stage;
import org.springframework.validation.BindingResult;

/** The evaluation form of the page: evaluator and stage, one row per criterion (key, rating 1-5, comment), a comment. */
public class EvaluationPageForm {

    private String evaluator;
    private String stage;
    private String comment;
    private List<Row> ratings = new ArrayList<>();

    /** A blank form with one row per criterion, in the criteria's order. */
    static EvaluationPageForm blank(List<Criterion> criteria) {
        EvaluationPageForm form = new EvaluationPageForm();
        criteria.forEach(c -> {
            Row row = new Row();
            row.setCriterion(c.key());
            form.ratings.add(row);
        });
        return form;
    }

    EvaluationCommand command(BindingResult errors) {
        List<RatingInput> rows = new ArrayList<>();
        for (int i = 0; i < ratings.size(); i++) {
            Row row = ratings.get(i);
            rows.add(new RatingInput(row.getCriterion(), rating(row.getRating(), "ratings[" + i + "].rating", errors), row.getComment()));
        }
        return new EvaluationCommand(constant(Evaluator.class, evaluator), constant(Stage.class, stage), rows, comment);
    }

    private static Integer rating(String text, String field, BindingResult errors) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            errors.rejectValue(field, "placements.evaluation.validation.scale");
            return null;
        }
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String name) {
        try {
            return name == null || name.isBlank() ? null : Enum.valueOf(type, name.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public String getEvaluator() {
        return evaluator;
    }

    public void setEvaluator(String evaluator) {
        this.evaluator = evaluator;
    }

    public String getStage() {
        return stage;
    }

    public void setStage(String stage) {
        this.stage = stage;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public List<Row> getRatings() {
        return ratings;
    }

    public void setRatings(List<Row> ratings) {
        this.ratings = ratings;
    }

    /** One criterion's row. */
    public static class Row {

        private String criterion;
        private String rating;
        private String comment;

        public String getCriterion() {
            return criterion;
        }

        public void setCriterion(String criterion) {
            this.criterion = criterion;
        }

        public String getRating() {
            return rating;
        }

        public void setRating(String rating) {
            this.rating = rating;
        }

        public String getComment() {
            return comment;
        }

        public void setComment(String comment) {
            this.comment = comment;
        }
    }
}
