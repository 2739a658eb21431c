package kz.edufusion.placements;

/** How a student came to be placed: the four ways of mature placement systems, with a coordinator's nomination. */
public enum PlacementWay {
    PROPOSAL, FIRST_COME, INTERVIEW, ROUND, NOMINATION
}
