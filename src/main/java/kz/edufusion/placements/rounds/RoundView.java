package kz.edufusion.placements.rounds;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import kz.edufusion.common.LocalizedText;

/**
 * A round as pages and the API show it: its state as of now, its offers with their seats in the round, and how many
 * students have ranked so far. {@code seed} is the seed of its tie-breaking lottery, shown so a run can be replayed.
 */
public record RoundView(UUID id, UUID universityId, LocalizedText universityName, String name, RoundStatus status,
        Instant deadline, long seed, List<RoundOfferView> offers, int rankingStudents, boolean hasResult, Instant publishedAt) {

    public RoundView {
        offers = List.copyOf(offers);
    }

    /** The round's offer with this id, or null. */
    public RoundOfferView offer(UUID offerId) {
        return offers.stream().filter(o -> o.offer().id().equals(offerId)).findFirst().orElse(null);
    }

    public int seats() {
        return offers.stream().mapToInt(RoundOfferView::capacity).sum();
    }
}
