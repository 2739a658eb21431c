package kz.edufusion.labormarket;

import java.util.List;

/**
 * A survey answer that was not saved because some fields are wrong. Each problem names its field the way the
 * form and the API name it ({@code skillNeeds[2].importance}, {@code hires[0].regionCode}, {@code comment}) and
 * carries a message key, so a page can show it next to the field and the API can list it in problem details.
 */
public class SurveyInputRejected extends RuntimeException {

    private final transient List<FieldProblem> problems;

    public SurveyInputRejected(List<FieldProblem> problems) {
        super("survey answer rejected: " + problems);
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    public record FieldProblem(String field, String messageKey) {
    }
}
