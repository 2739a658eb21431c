package kz.edufusion.skills.extraction;

/** A preferred label of a skill, or a synonym / spelling variant of it. */
public enum TermKind {
    LABEL, SYNONYM
}
