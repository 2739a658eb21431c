package kz.edufusion.placements.rounds;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.identity.IdentityDirectory;
import kz.edufusion.placements.domain.Offers;
import org.springframework.stereotype.Component;

/** Builds {@link RoundView}s: the university's name from identity, each offer as published, the rankings so far. */
@Component
class RoundViews {

    private final RoundStore store;
    private final Offers offers;
    private final IdentityDirectory directory;

    RoundViews(RoundStore store, Offers offers, IdentityDirectory directory) {
        this.store = store;
        this.offers = offers;
        this.directory = directory;
    }

    RoundView view(Round round, Instant now) {
        List<RoundOfferView> roundOffers = new ArrayList<>();
        for (RoundOffer o : store.offers(round.id())) {
            offers.view(o.offerId()).ifPresent(v -> roundOffers.add(new RoundOfferView(v, o.capacity(), o.reserves(), offers.open(v))));
        }
        LocalizedText university = directory.organization(round.universityId()).map(u -> u.name())
                .orElse(LocalizedText.of(null, null, null));
        return new RoundView(round.id(), round.universityId(), university, round.name(), round.status(now), round.deadline(),
                round.seed(), roundOffers, store.rankingStudents(round.id()), round.currentRunId() != null, round.publishedAt());
    }
}
