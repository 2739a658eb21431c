package kz.edufusion.placements.agreements;

/**
 * Who owns the results of the student's work under the agreement: the company (the student keeps the personal
 * right of authorship), the student (the company may use them for its own needs), or both jointly.
 */
public enum IpOwner {
    COMPANY, STUDENT, JOINT
}
