package kz.edufusion.placements.allocation;

/**
 * Student-proposing deferred acceptance with capacities. Each offer keeps the students it holds in a slice
 * of one {@code long[]}, sorted best first by the key {@code rank << 32 | student}; a proposal is a binary
 * search and one {@link System#arraycopy}, and an offer without reserves rejects its worst holder in O(1).
 * The order in which free students propose does not change the outcome (the student-optimal stable matching).
 */
final class DeferredAcceptance {

    final Market market;
    /** Held students of offer o: {@code held[heldFrom[o] .. heldFrom[o] + heldSize[o])}. */
    final long[] held;
    final int[] heldFrom;
    final int[] heldSize;
    /** Preference index k of the offer student s holds, or -1. */
    final int[] assigned;
    private final byte[] seat;

    private DeferredAcceptance(Market market) {
        this.market = market;
        int offers = market.offers();
        heldFrom = new int[offers + 1];
        heldSize = new int[offers];
        int largest = 0;
        for (int o = 0; o < offers; o++) {
            int slot = Math.min(market.capacity[o], market.acceptable[o]) + 1; // +1: the proposal being decided
            heldFrom[o + 1] = heldFrom[o] + slot;
            largest = Math.max(largest, slot);
        }
        held = new long[heldFrom[offers]];
        seat = new byte[largest];
        assigned = new int[market.students()];
        java.util.Arrays.fill(assigned, -1);
    }

    static DeferredAcceptance run(Market market) {
        DeferredAcceptance matching = new DeferredAcceptance(market);
        matching.propose();
        return matching;
    }

    private void propose() {
        int students = market.students();
        int[] next = java.util.Arrays.copyOf(market.prefStart, students);
        int[] free = new int[students];
        int top = 0;
        for (int s = students - 1; s >= 0; s--) {
            free[top++] = s;
        }
        while (top > 0) {
            int s = free[--top];
            int end = market.prefStart[s + 1];
            while (next[s] < end) {
                int k = next[s]++;
                int rank = market.prefRank[k];
                int o = market.prefOffer[k];
                if (rank < 0 || market.capacity[o] == 0) {
                    continue;
                }
                int rejected = market.hasReserves[o] ? proposeWithReserves(o, s, rank) : proposeOpen(o, s, rank);
                if (rejected == s) {
                    continue;
                }
                assigned[s] = k;
                if (rejected >= 0) {
                    assigned[rejected] = -1;
                    free[top++] = rejected;
                }
                break;
            }
        }
    }

    /** Returns the student the offer rejects (possibly s), or -1. */
    private int proposeOpen(int o, int s, int rank) {
        long key = (long) rank << 32 | s;
        int from = heldFrom[o];
        int size = heldSize[o];
        if (size < market.capacity[o]) {
            insert(from, size, key);
            heldSize[o] = size + 1;
            return -1;
        }
        long worst = held[from + size - 1];
        if (key > worst) {
            return s;
        }
        insert(from, size - 1, key);
        return (int) worst;
    }

    private int proposeWithReserves(int o, int s, int rank) {
        int from = heldFrom[o];
        int size = heldSize[o];
        insert(from, size, (long) rank << 32 | s);
        if (++size <= market.capacity[o]) {
            heldSize[o] = size;
            return -1;
        }
        ReserveChoice.seat(held, from, size, market.capacity[o], market.reserves, o * Market.CATEGORIES, market.categories, seat);
        int out = 0;
        while (seat[out] != ReserveChoice.REJECTED) {
            out++;
        }
        int rejected = (int) held[from + out];
        System.arraycopy(held, from + out + 1, held, from + out, size - out - 1);
        return rejected;
    }

    private void insert(int from, int size, long key) {
        int at = -java.util.Arrays.binarySearch(held, from, from + size, key) - 1; // keys are unique per offer
        System.arraycopy(held, at, held, at + 1, from + size - at);
        held[at] = key;
    }

    /** Seat types of offer o's held students in rank order (see {@link ReserveChoice}), into {@code out}. */
    void seats(int o, byte[] out) {
        if (market.hasReserves[o]) {
            ReserveChoice.seat(held, heldFrom[o], heldSize[o], market.capacity[o], market.reserves, o * Market.CATEGORIES,
                    market.categories, out);
        } else {
            java.util.Arrays.fill(out, 0, heldSize[o], ReserveChoice.OPEN);
        }
    }

    int seatCapacity() {
        return seat.length;
    }
}
