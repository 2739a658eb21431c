package kz.edufusion.placements.allocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The two properties of the reserve choice function that make deferred acceptance stable and strategy-proof
 * (docs/decisions/0008): substitutes (a student chosen from a set is still chosen from any subset holding
 * them) and the law of aggregate demand (a larger set never gets fewer chosen; here: min(capacity, applicants)).
 */
class ReserveChoiceTest {

    @Test
    void isSubstitutableAndFillsEverySeatItCan() {
        SplittableRandom random = new SplittableRandom(2026);
        for (int round = 0; round < 20_000; round++) {
            int applicants = 1 + random.nextInt(9);
            byte[] categories = new byte[applicants];
            for (int s = 0; s < applicants; s++) {
                categories[s] = (byte) random.nextInt(8);
            }
            int capacity = 1 + random.nextInt(5);
            int[] reserves = new int[Market.CATEGORIES];
            int left = capacity;
            for (int c = 0; c < Market.CATEGORIES; c++) {
                reserves[c] = random.nextInt(left + 1);
                left -= reserves[c];
            }
            int all = (1 << applicants) - 1;
            int subset = random.nextInt(all + 1);
            List<Integer> fromAll = chosen(all, capacity, reserves, categories);
            List<Integer> fromSubset = chosen(subset, capacity, reserves, categories);
            for (int s : fromAll) {
                if ((subset & (1 << s)) != 0) {
                    assertThat(fromSubset).contains(s);
                }
            }
            assertThat(fromAll).hasSize(Math.min(capacity, applicants));
            assertThat(fromSubset).hasSize(Math.min(capacity, Integer.bitCount(subset)));
        }
    }

    /** Students of the bit set, ranked by their index (student s has rank s). */
    private static List<Integer> chosen(int set, int capacity, int[] reserves, byte[] categories) {
        long[] held = new long[Integer.bitCount(set)];
        int size = 0;
        for (int s = 0; s < categories.length; s++) {
            if ((set & (1 << s)) != 0) {
                held[size++] = (long) s << 32 | s;
            }
        }
        byte[] seat = new byte[size];
        ReserveChoice.seat(held, 0, size, capacity, reserves, 0, categories, seat);
        List<Integer> chosen = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            if (seat[i] != ReserveChoice.REJECTED) {
                chosen.add((int) held[i]);
            }
        }
        return chosen;
    }
}
