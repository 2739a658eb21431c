package kz.edufusion.placements.rounds;

import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;
import kz.edufusion.placements.allocation.Category;

/** An offer in a round: the seats it puts in the round and the seats reserved for each equity category. */
public record RoundOffer(UUID offerId, int capacity, Map<Category, Integer> reserves) {

    public RoundOffer {
        Map<Category, Integer> copy = new EnumMap<>(Category.class);
        if (reserves != null) {
            reserves.forEach((category, seats) -> {
                if (seats != null && seats > 0) {
                    copy.put(category, seats);
                }
            });
        }
        reserves = Map.copyOf(copy);
    }

    public int reserved(Category category) {
        return reserves.getOrDefault(category, 0);
    }

    public int reservedTotal() {
        return reserves.values().stream().mapToInt(Integer::intValue).sum();
    }
}
