package kz.edufusion.placements.allocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The final state of every offer, computed once from the matching: seat type of each holder, the ranks of
 * the lowest-ranked holder overall, on an open seat and per category's reserved seats (-1 when none).
 */
final class OfferStatistics {

    private static final int C = Market.CATEGORIES;

    final byte[] studentSeat;
    final int[] lowest;
    final int[] lowestOpen;
    final int[] lowestReserved;
    final int[] reservedFilled;
    /** The same cutoffs as ranks and scores, built once per offer (explanations share them). */
    final Cutoff[] lowestCutoff;
    final Cutoff[] openCutoff;
    final Cutoff[] reservedCutoff;
    private final DeferredAcceptance matching;
    private final Market market;

    OfferStatistics(DeferredAcceptance matching) {
        this.matching = matching;
        this.market = matching.market;
        int offers = market.offers();
        studentSeat = new byte[market.students()];
        lowest = new int[offers];
        lowestOpen = new int[offers];
        lowestReserved = new int[offers * C];
        reservedFilled = new int[offers * C];
        Arrays.fill(lowest, -1);
        Arrays.fill(lowestOpen, -1);
        Arrays.fill(lowestReserved, -1);
        lowestCutoff = new Cutoff[offers];
        openCutoff = new Cutoff[offers];
        reservedCutoff = new Cutoff[offers * C];
        byte[] seat = new byte[matching.seatCapacity()];
        for (int o = 0; o < offers; o++) {
            collect(o, seat);
        }
    }

    private void collect(int o, byte[] seat) {
        matching.seats(o, seat);
        for (int i = 0; i < matching.heldSize[o]; i++) {
            long key = matching.held[matching.heldFrom[o] + i];
            int rank = (int) (key >>> 32);
            studentSeat[(int) key] = seat[i];
            lowest[o] = rank; // held in rank order: the last one is the lowest
            if (seat[i] == ReserveChoice.OPEN) {
                lowestOpen[o] = rank;
            } else {
                lowestReserved[o * C + seat[i] - 1] = rank;
                reservedFilled[o * C + seat[i] - 1]++;
            }
        }
        lowestCutoff[o] = holderCutoff(o, lowest[o]);
        openCutoff[o] = holderCutoff(o, lowestOpen[o]);
        for (int c = 0; c < C; c++) {
            reservedCutoff[o * C + c] = holderCutoff(o, lowestReserved[o * C + c]);
        }
    }

    /** Rank and score (1-based rank) student s has at offer o, for a student the offer ranks. */
    Cutoff cutoff(int s, int o, int rank) {
        int k = market.preferenceIndex(s, o);
        double score = k < 0 ? Double.NaN : market.prefScore[k];
        return new Cutoff(rank + 1, Double.isNaN(score) ? null : score);
    }

    /** The cutoff of the holder of offer o with the given 0-based rank, or null when rank is -1. */
    private Cutoff holderCutoff(int o, int rank) {
        if (rank < 0) {
            return null;
        }
        for (int i = matching.heldSize[o] - 1; i >= 0; i--) {
            long key = matching.held[matching.heldFrom[o] + i];
            if ((int) (key >>> 32) == rank) {
                return cutoff((int) key, o, rank);
            }
        }
        throw new IllegalStateException("no holder with rank " + rank);
    }

    List<ReserveUse> reserves(int o) {
        List<ReserveUse> uses = new ArrayList<>();
        for (Category category : Category.ALL) {
            int reserved = market.reserves[o * C + category.ordinal()];
            if (reserved > 0) {
                uses.add(new ReserveUse(category, reserved, reservedFilled[o * C + category.ordinal()],
                        reservedCutoff[o * C + category.ordinal()]));
            }
        }
        return uses;
    }

    List<AdmittedStudent> admitted(int o) {
        List<AdmittedStudent> admitted = new ArrayList<>(matching.heldSize[o]);
        for (int i = 0; i < matching.heldSize[o]; i++) {
            long key = matching.held[matching.heldFrom[o] + i];
            int s = (int) key;
            admitted.add(new AdmittedStudent(market.studentIds[s], cutoff(s, o, (int) (key >>> 32)), seatCategory(s)));
        }
        return admitted;
    }

    Category seatCategory(int s) {
        byte seat = studentSeat[s];
        return seat > 0 ? Category.ALL[seat - 1] : null;
    }
}
