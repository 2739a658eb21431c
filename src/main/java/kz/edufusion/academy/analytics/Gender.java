package kz.edufusion.academy.analytics;

/** A learner's self-declared gender; optional: a learner who never answers counts as UNDISCLOSED. */
public enum Gender {
    FEMALE, MALE, UNDISCLOSED
}
