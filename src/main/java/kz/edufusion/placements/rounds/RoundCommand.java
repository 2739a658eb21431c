package kz.edufusion.placements.rounds;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import kz.edufusion.placements.OfferType;
import kz.edufusion.placements.allocation.Category;

/**
 * What a coordinator writes into a round: its name and preference deadline, and its offers: those listed, each with
 * its seats in the round (at most the seats still free; all of them when not given) and the seats reserved per
 * equity category; and, when {@code offerTypes} are named, every published offer of an active company of those types
 * with a free seat. {@code universityId} is needed only by a coordinator of several universities.
 */
public record RoundCommand(UUID universityId, String name, Instant deadline, Set<OfferType> offerTypes,
        List<OfferSeats> offers) {

    public RoundCommand {
        offerTypes = offerTypes == null ? Set.of() : Set.copyOf(offerTypes);
        offers = offers == null ? List.of() : List.copyOf(offers);
    }

    /** An offer of the round; {@code capacity} null = every seat still free. */
    public record OfferSeats(UUID offerId, Integer capacity, Map<Category, Integer> reserves) {

        public OfferSeats {
            reserves = reserves == null ? Map.of() : Map.copyOf(reserves);
        }
    }
}
