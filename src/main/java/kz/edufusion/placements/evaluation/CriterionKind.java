package kz.edufusion.placements.evaluation;

/**
 * What a criterion rates: a skill of the taxonomy (required by the offer or named in the practice plan), a learning
 * outcome of the student's program (named in the plan by its code), or one of the generic criteria used when the
 * placement names neither.
 */
public enum CriterionKind {
    SKILL, OUTCOME, GENERIC
}
