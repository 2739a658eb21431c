package kz.edufusion.alignment.gap;

/** What started a recompute, as alignment_run.trigger records it. */
public enum RecomputeTrigger {
    IMPORT, SCHEDULE, ADMIN, PROGRAM
}
