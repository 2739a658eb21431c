package kz.edufusion.placements.allocation;

import java.util.List;

/**
 * Counts of one allocation: {@code byChoice.get(0)} students got their first choice, {@code byChoice.get(1)}
 * their second, and so on up to the longest list; seats are summed over the offers.
 */
public record AllocationSummary(int students, int assigned, int unassigned, List<Integer> byChoice, long seats,
        long seatsFilled, List<CategorySummary> categories) {

    public AllocationSummary {
        byChoice = List.copyOf(byChoice);
        categories = List.copyOf(categories);
    }
}
