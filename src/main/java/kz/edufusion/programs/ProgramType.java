package kz.edufusion.programs;

/** The Register's program types. */
public enum ProgramType {
    EXISTING, NEW, INNOVATIVE
}
