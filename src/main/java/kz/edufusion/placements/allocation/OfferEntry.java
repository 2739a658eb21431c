package kz.edufusion.placements.allocation;

import java.util.List;
import java.util.Map;

/**
 * An offer of an allocation instance: seats, seats reserved per category, and how it ranks students: exactly
 * one of an explicit {@code ranking} (student ids, best first) or {@code scores} (higher is better, ties broken
 * by the instance's {@link TieBreak}). A student absent from both is not acceptable to the offer.
 */
public record OfferEntry(String id, int capacity, Map<Category, Integer> reserves, List<String> ranking,
        Map<String, Double> scores) {

    public OfferEntry {
        reserves = reserves == null ? Map.of() : Map.copyOf(reserves);
        ranking = ranking == null ? null : List.copyOf(ranking);
        scores = scores == null ? null : Map.copyOf(scores);
    }

    public static OfferEntry ranked(String id, int capacity, Map<Category, Integer> reserves, List<String> ranking) {
        return new OfferEntry(id, capacity, reserves, ranking, null);
    }

    public static OfferEntry scored(String id, int capacity, Map<Category, Integer> reserves, Map<String, Double> scores) {
        return new OfferEntry(id, capacity, reserves, null, scores);
    }

    public int reserved(Category category) {
        return reserves.getOrDefault(category, 0);
    }
}
