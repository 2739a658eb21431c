package kz.edufusion.placements.rounds;

import java.util.List;
import java.util.UUID;
import kz.edufusion.placements.domain.OfferView;
import kz.edufusion.placements.rounds.RunRecords.StudentOutcome;

/**
 * A round as one student sees it: their ranking (best first), the other offers of the round they may rank, whether
 * they may still change the ranking, and, once the round is published, their own outcome with its explanation.
 */
public record MyRound(RoundView round, List<RankedOffer> ranking, List<RankedOffer> others, boolean canRank,
        StudentOutcome result, UUID placementId) {

    public MyRound {
        ranking = List.copyOf(ranking);
        others = List.copyOf(others);
    }

    public boolean full() {
        return ranking.size() >= RoundRankings.MAX_CHOICES;
    }

    /** An offer with the student's skill-match score (null when the offer lists no skills); position 0 when not ranked. */
    public record RankedOffer(int position, OfferView offer, Integer matchPercent) {
    }
}
