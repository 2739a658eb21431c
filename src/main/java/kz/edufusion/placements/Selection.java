package kz.edufusion.placements;

/**
 * How a company chooses among applicants: the first it accepts while seats last, or after an interview.
 * (Allocation rounds, the third way, are not a property of an offer but of a round.)
 */
public enum Selection {
    FIRST_COME, INTERVIEW
}
