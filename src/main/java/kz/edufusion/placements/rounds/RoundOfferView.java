package kz.edufusion.placements.rounds;

import java.util.Map;
import kz.edufusion.placements.allocation.Category;
import kz.edufusion.placements.domain.OfferView;

/**
 * An offer of a round: the offer as published, its seats in the round and the seats reserved per category;
 * {@code open} is false when the offer was closed or its company suspended since (it then gets no seats in a run).
 */
public record RoundOfferView(OfferView offer, int capacity, Map<Category, Integer> reserves, boolean open) {

    public RoundOfferView {
        reserves = Map.copyOf(reserves);
    }

    public int reserved(Category category) {
        return reserves.getOrDefault(category, 0);
    }
}
