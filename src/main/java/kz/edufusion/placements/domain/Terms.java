package kz.edufusion.placements.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import kz.edufusion.common.web.DomainProblem.FieldProblem;

/** The rules that offers, proposals and placements share: dates in order, 1-40 hours a week, no negative stipend. */
final class Terms {

    static final int MAX_HOURS = 40;

    private Terms() {
    }

    static List<FieldProblem> problems(LocalDate startsOn, LocalDate endsOn, Integer hoursPerWeek, Integer stipendKzt) {
        List<FieldProblem> problems = new ArrayList<>();
        if (startsOn == null) {
            problems.add(new FieldProblem("startsOn", "placements.validation.required"));
        }
        if (endsOn == null) {
            problems.add(new FieldProblem("endsOn", "placements.validation.required"));
        }
        if (startsOn != null && endsOn != null && endsOn.isBefore(startsOn)) {
            problems.add(new FieldProblem("endsOn", "placements.validation.datesOrder"));
        }
        if (hoursPerWeek == null || hoursPerWeek < 1 || hoursPerWeek > MAX_HOURS) {
            problems.add(new FieldProblem("hoursPerWeek", "placements.validation.hours"));
        }
        if (stipendKzt != null && stipendKzt < 0) {
            problems.add(new FieldProblem("stipendKzt", "placements.validation.stipend"));
        }
        return problems;
    }
}
