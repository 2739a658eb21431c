package kz.edufusion.programs.domain;

import java.util.List;

/** A program with its outcomes, disciplines and cohorts, and whether the reader may change it. */
public record ProgramDetails(ProgramView program, List<OutcomeView> outcomes, List<DisciplineView> disciplines,
        List<CohortView> cohorts, boolean editable) {

    public ProgramDetails {
        outcomes = List.copyOf(outcomes);
        disciplines = List.copyOf(disciplines);
        cohorts = List.copyOf(cohorts);
    }
}
