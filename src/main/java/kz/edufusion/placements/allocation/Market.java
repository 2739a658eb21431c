package kz.edufusion.placements.allocation;

/**
 * An instance compiled to arrays for the deferred-acceptance loop: students and offers are ints in file
 * order, student s lists the offers {@code prefOffer[prefStart[s] .. prefStart[s + 1])} best first, and
 * {@code prefRank[k]} is the rank (0 = best) the offer of preference k gives the student, or -1 when the
 * offer does not accept the student. Precomputing the rank per preference makes every comparison O(1)
 * without any per-offer lookup table.
 */
final class Market {

    static final int CATEGORIES = Category.ALL.length;

    final String[] studentIds;
    final String[] offerIds;
    final int[] prefStart;
    final int[] prefOffer;
    final int[] prefRank;
    /** The score behind prefRank[k] for offers ranking by scores; NaN for offers with an explicit ranking. */
    final double[] prefScore;
    /** Bit set of {@link Category#bit()} per student. */
    final byte[] categories;
    final int[] capacity;
    /** Seats offer o reserves for category c: {@code reserves[o * CATEGORIES + c]}. */
    final int[] reserves;
    final boolean[] hasReserves;
    /** Students who list the offer and whom it accepts: nobody else can ever hold one of its seats. */
    final int[] acceptable;

    Market(String[] studentIds, String[] offerIds, int[] prefStart, int[] prefOffer, int[] prefRank, double[] prefScore,
            byte[] categories, int[] capacity, int[] reserves) {
        this.studentIds = studentIds;
        this.offerIds = offerIds;
        this.prefStart = prefStart;
        this.prefOffer = prefOffer;
        this.prefRank = prefRank;
        this.prefScore = prefScore;
        this.categories = categories;
        this.capacity = capacity;
        this.reserves = reserves;
        this.hasReserves = new boolean[offerIds.length];
        this.acceptable = new int[offerIds.length];
        for (int o = 0; o < offerIds.length; o++) {
            for (int c = 0; c < CATEGORIES; c++) {
                hasReserves[o] |= reserves[o * CATEGORIES + c] > 0;
            }
        }
        for (int k = 0; k < prefOffer.length; k++) {
            if (prefRank[k] >= 0) {
                acceptable[prefOffer[k]]++;
            }
        }
    }

    int students() {
        return studentIds.length;
    }

    int offers() {
        return offerIds.length;
    }

    /** Index k of offer o in student s's list, or -1; lists are short (tens), so a scan beats a table. */
    int preferenceIndex(int s, int o) {
        for (int k = prefStart[s]; k < prefStart[s + 1]; k++) {
            if (prefOffer[k] == o) {
                return k;
            }
        }
        return -1;
    }
}
