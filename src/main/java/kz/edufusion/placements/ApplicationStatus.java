package kz.edufusion.placements;

/**
 * SUBMITTED -> SHORTLISTED -> INTERVIEW -> ACCEPTED or REJECTED; a first-come offer accepts straight from SUBMITTED.
 * The student may withdraw while no decision is made.
 */
public enum ApplicationStatus {
    SUBMITTED, SHORTLISTED, INTERVIEW, ACCEPTED, REJECTED, WITHDRAWN;

    public boolean open() {
        return this == SUBMITTED || this == SHORTLISTED || this == INTERVIEW;
    }
}
