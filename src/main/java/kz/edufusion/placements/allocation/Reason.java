package kz.edufusion.placements.allocation;

/** Why a student did not get an offer listed above the one obtained (or any listed offer, when unassigned). */
public enum Reason {
    /** The offer does not rank the student (absent from its ranking or scores): not acceptable to it. */
    NOT_RANKED,
    /** The offer has no seats. */
    NO_SEATS,
    /** The offer is full with students it ranks higher; the cutoff is its lowest-ranked admitted student. */
    CUT_OFF,
    /**
     * The offer admitted students it ranks lower, on seats reserved for categories the student is not in;
     * its open seats cut off above the student (cutoff: lowest-ranked student on an open seat, null if none).
     */
    RESERVED_SEATS
}
