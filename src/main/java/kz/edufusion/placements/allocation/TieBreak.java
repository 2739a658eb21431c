package kz.edufusion.placements.allocation;

/** How an offer that ranks by scores orders students with equal scores. */
public enum TieBreak {
    /**
     * One lottery for the whole instance (single tie-breaking): the students in file order are shuffled by
     * Fisher-Yates with {@code java.util.SplittableRandom(seed)}; a smaller lottery number wins a tie.
     */
    LOTTERY,
    /** The student whose id is smaller in {@link String#compareTo} order wins a tie. */
    STUDENT_ID
}
