package kz.edufusion.labormarket;

import java.util.List;
import kz.edufusion.common.web.DomainProblem;

/**
 * A survey answer that was not saved because some fields are wrong. Each problem names its field the way the
 * form and the API name it ({@code skillNeeds[2].importance}, {@code hires[0].regionCode}, {@code comment}) and
 * carries a message key, so a page can show it next to the field and the API lists it in problem details.
 */
public class SurveyInputRejected extends DomainProblem {

    public SurveyInputRejected(List<FieldProblem> problems) {
        super("problem.validation", problems);
    }
}
