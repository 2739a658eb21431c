package kz.edufusion.placements.evaluation;

/** When an evaluation is made: at mid-term or at the end of the placement. */
public enum Stage {
    MID, FINAL
}
