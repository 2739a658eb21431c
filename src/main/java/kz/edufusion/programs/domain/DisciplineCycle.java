package kz.edufusion.programs.domain;

/** The Register's cycles: general education, basic and profile disciplines. */
public enum DisciplineCycle {
    GED, BD, PD
}
