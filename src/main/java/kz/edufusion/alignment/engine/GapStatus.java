package kz.edufusion.alignment.engine;

/** Whether a score could be computed: without target occupations, or without vacancies for them, it cannot. */
public enum GapStatus {
    SCORED, NO_TARGETS, NO_DEMAND
}
