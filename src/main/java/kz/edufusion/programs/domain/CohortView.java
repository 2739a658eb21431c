package kz.edufusion.programs.domain;

/** Intake and graduates of one academic year. */
public record CohortView(int academicYear, int intake, int graduates) {
}
