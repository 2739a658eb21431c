package kz.edufusion.academy.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.common.web.DomainProblem.FieldProblem;

/** A semester's name and dates as the administrator corrects them. */
public record SemesterInput(LocalizedText name, LocalDate startsOn, LocalDate endsOn) {

    List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (name == null || name.in("kk").isBlank()) {
            problems.add(new FieldProblem("name", "academy.delivery.problem.nameRequired"));
        }
        if (startsOn == null) {
            problems.add(new FieldProblem("startsOn", "academy.delivery.problem.dateRequired"));
        }
        if (endsOn == null) {
            problems.add(new FieldProblem("endsOn", "academy.delivery.problem.dateRequired"));
        }
        if (startsOn != null && endsOn != null && !endsOn.isAfter(startsOn)) {
            problems.add(new FieldProblem("endsOn", "academy.delivery.problem.endsBeforeStart"));
        }
        return problems;
    }
}
