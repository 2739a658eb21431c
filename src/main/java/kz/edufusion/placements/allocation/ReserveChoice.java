package kz.edufusion.placements.allocation;

import java.util.Arrays;

/**
 * The choice function of an offer with reserved seats (docs/decisions/0008): from its applicants, best
 * first, each category in {@link Category} order takes up to its reserved seats for its highest-ranked
 * members not taken yet; then every seat left, reserved ones nobody of the category claimed included
 * (soft reserves), goes to the highest-ranked applicants not taken yet, whatever their categories. This is
 * the minority-reserve choice of Hafalir, Yenmez and Yildirim (2013) for several categories; it is
 * substitutable and fills every seat it can, so student-proposing deferred acceptance with it is stable and
 * strategy-proof for students.
 */
final class ReserveChoice {

    static final byte REJECTED = -1;
    static final byte OPEN = 0;
    private static final byte UNDECIDED = -2;

    private ReserveChoice() {
    }

    /** Seat type of reserved seats of a category: its ordinal + 1. */
    static byte reservedFor(int category) {
        return (byte) (category + 1);
    }

    /**
     * Seats {@code held[from .. from + size)}, sorted best first (the low 32 bits of a key are the student):
     * sets {@code seat[i]} to {@link #OPEN}, {@link #reservedFor(int)} or {@link #REJECTED}.
     */
    static void seat(long[] held, int from, int size, int capacity, int[] reserves, int reserveFrom, byte[] categories,
            byte[] seat) {
        Arrays.fill(seat, 0, size, UNDECIDED);
        int taken = 0;
        for (int c = 0; c < Market.CATEGORIES; c++) {
            int left = reserves[reserveFrom + c];
            int bit = 1 << c;
            for (int i = 0; i < size && left > 0; i++) {
                if (seat[i] == UNDECIDED && (categories[(int) held[from + i]] & bit) != 0) {
                    seat[i] = reservedFor(c);
                    left--;
                    taken++;
                }
            }
        }
        int open = capacity - taken;
        for (int i = 0; i < size; i++) {
            if (seat[i] == UNDECIDED) {
                seat[i] = open-- > 0 ? OPEN : REJECTED;
            }
        }
    }
}
