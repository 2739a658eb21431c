package kz.edufusion.alignment.engine;

/** The groups of programs the gap analysis also scores as a whole: a university, a region, a field of education. */
public enum GroupKind {
    UNIVERSITY, REGION, FIELD
}
