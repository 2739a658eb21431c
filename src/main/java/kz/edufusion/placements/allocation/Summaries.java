package kz.edufusion.placements.allocation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The counts of {@link AllocationSummary}: placements by choice number, seats, and per category use of reserves. */
final class Summaries {

    private Summaries() {
    }

    static AllocationSummary of(Market market, DeferredAcceptance matching, OfferStatistics offers) {
        int longest = 0;
        for (int s = 0; s < market.students(); s++) {
            longest = Math.max(longest, market.prefStart[s + 1] - market.prefStart[s]);
        }
        Integer[] byChoice = new Integer[longest];
        Arrays.fill(byChoice, 0);
        int assigned = 0;
        int[] students = new int[Market.CATEGORIES];
        int[] placed = new int[Market.CATEGORIES];
        for (int s = 0; s < market.students(); s++) {
            int k = matching.assigned[s];
            if (k >= 0) {
                assigned++;
                byChoice[k - market.prefStart[s]]++;
            }
            for (int c = 0; c < Market.CATEGORIES; c++) {
                if ((market.categories[s] & (1 << c)) != 0) {
                    students[c]++;
                    placed[c] += k >= 0 ? 1 : 0;
                }
            }
        }
        long seats = 0;
        long filled = 0;
        long[] reserved = new long[Market.CATEGORIES];
        long[] reservedFilled = new long[Market.CATEGORIES];
        for (int o = 0; o < market.offers(); o++) {
            seats += market.capacity[o];
            filled += matching.heldSize[o];
            for (int c = 0; c < Market.CATEGORIES; c++) {
                reserved[c] += market.reserves[o * Market.CATEGORIES + c];
                reservedFilled[c] += offers.reservedFilled[o * Market.CATEGORIES + c];
            }
        }
        List<CategorySummary> categories = new ArrayList<>();
        for (Category category : Category.ALL) {
            int c = category.ordinal();
            categories.add(new CategorySummary(category, students[c], placed[c], reserved[c], reservedFilled[c]));
        }
        return new AllocationSummary(market.students(), assigned, market.students() - assigned, Arrays.asList(byChoice), seats,
                filled, categories);
    }
}
