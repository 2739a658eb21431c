package kz.edufusion.placements;

/**
 * How the user takes part in one placement; one user may be several (a coordinator who is also the tutor).
 * STUDENT: the placed student. UNIVERSITY: a coordinator of the student's university. COMPANY: a representative of the
 * host company. TUTOR: the academic tutor named for it. MENTOR: the company mentor named for it.
 */
public enum PlacementParty {
    STUDENT, UNIVERSITY, COMPANY, TUTOR, MENTOR
}
