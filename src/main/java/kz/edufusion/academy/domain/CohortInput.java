package kz.edufusion.academy.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kz.edufusion.common.web.DomainProblem.FieldProblem;

/** A cohort as its owner enters it; {@link #problems()} checks it as a whole. */
public record CohortInput(String name, LocalDate startsOn, LocalDate endsOn, LocalDate enrollOpensOn, LocalDate enrollClosesOn,
        Integer capacity, UUID semesterId) {

    List<FieldProblem> problems() {
        List<FieldProblem> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add(new FieldProblem("name", "academy.delivery.problem.nameRequired"));
        } else if (name.strip().length() > 120) {
            problems.add(new FieldProblem("name", "academy.delivery.problem.nameTooLong"));
        }
        required(problems, "startsOn", startsOn);
        required(problems, "endsOn", endsOn);
        required(problems, "enrollOpensOn", enrollOpensOn);
        required(problems, "enrollClosesOn", enrollClosesOn);
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            problems.add(new FieldProblem("endsOn", "academy.delivery.problem.endsBeforeStart"));
        }
        if (enrollOpensOn != null && enrollClosesOn != null && enrollClosesOn.isBefore(enrollOpensOn)) {
            problems.add(new FieldProblem("enrollClosesOn", "academy.delivery.problem.closesBeforeOpens"));
        }
        if (capacity == null || capacity < 1 || capacity > 10000) {
            problems.add(new FieldProblem("capacity", "academy.delivery.problem.capacityRange"));
        }
        return problems;
    }

    private static void required(List<FieldProblem> problems, String field, LocalDate value) {
        if (value == null) {
            problems.add(new FieldProblem(field, "academy.delivery.problem.dateRequired"));
        }
    }
}
