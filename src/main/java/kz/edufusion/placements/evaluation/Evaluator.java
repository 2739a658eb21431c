package kz.edufusion.placements.evaluation;

import kz.edufusion.placements.PlacementParty;

/** Who fills an evaluation form, and the part in the placement they must hold to do it. */
public enum Evaluator {
    MENTOR(PlacementParty.MENTOR), TUTOR(PlacementParty.TUTOR), SELF(PlacementParty.STUDENT);

    private final PlacementParty party;

    Evaluator(PlacementParty party) {
        this.party = party;
    }

    public PlacementParty party() {
        return party;
    }

    /** The mentor's and the tutor's forms judge the student; the self-evaluation does not count for the result. */
    public boolean judges() {
        return this != SELF;
    }
}
