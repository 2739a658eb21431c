package kz.edufusion.placements.allocation;

import java.util.ArrayList;
import java.util.List;

/** Turns the matching into the result: per student outcome with explanations, per offer outcome, and the summary. */
final class Outcomes {

    private final Market market;
    private final DeferredAcceptance matching;
    private final OfferStatistics offers;

    private Outcomes(DeferredAcceptance matching) {
        this.market = matching.market;
        this.matching = matching;
        this.offers = new OfferStatistics(matching);
    }

    static AllocationResult of(DeferredAcceptance matching) {
        return new Outcomes(matching).result();
    }

    private AllocationResult result() {
        List<StudentOutcome> students = new ArrayList<>(market.students());
        for (int s = 0; s < market.students(); s++) {
            students.add(student(s));
        }
        List<OfferOutcome> offerOutcomes = new ArrayList<>(market.offers());
        for (int o = 0; o < market.offers(); o++) {
            offerOutcomes.add(new OfferOutcome(market.offerIds[o], market.capacity[o], matching.heldSize[o], market.acceptable[o],
                    offers.lowestCutoff[o], offers.openCutoff[o], offers.reserves(o),
                    offers.admitted(o)));
        }
        return new AllocationResult(Summaries.of(market, matching, offers), students, offerOutcomes);
    }

    private StudentOutcome student(int s) {
        int assigned = matching.assigned[s];
        int end = assigned >= 0 ? assigned : market.prefStart[s + 1];
        List<NotChosen> notChosen = new ArrayList<>(end - market.prefStart[s]);
        for (int k = market.prefStart[s]; k < end; k++) {
            notChosen.add(explain(s, k));
        }
        if (assigned < 0) {
            return new StudentOutcome(market.studentIds[s], null, null, null, null, notChosen);
        }
        int o = market.prefOffer[assigned];
        return new StudentOutcome(market.studentIds[s], market.offerIds[o], assigned - market.prefStart[s] + 1,
                offers.cutoff(s, o, market.prefRank[assigned]), offers.seatCategory(s), notChosen);
    }

    private NotChosen explain(int s, int k) {
        int o = market.prefOffer[k];
        int rank = market.prefRank[k];
        int choice = k - market.prefStart[s] + 1;
        String offer = market.offerIds[o];
        if (rank < 0) {
            return new NotChosen(offer, choice, Reason.NOT_RANKED, null, null, List.of());
        }
        Cutoff yours = offers.cutoff(s, o, rank);
        if (market.capacity[o] == 0) {
            return new NotChosen(offer, choice, Reason.NO_SEATS, yours, null, List.of());
        }
        if (matching.heldSize[o] < market.capacity[o]) {
            // deferred acceptance never leaves a seat empty while an acceptable applicant was rejected
            throw new IllegalStateException("offer " + offer + " has free seats but rejected " + market.studentIds[s]);
        }
        if (rank > offers.lowest[o]) {
            return new NotChosen(offer, choice, Reason.CUT_OFF, yours, offers.lowestCutoff[o], List.of());
        }
        List<Category> reservedFor = new ArrayList<>();
        for (Category category : Category.ALL) {
            if (offers.lowestReserved[o * Market.CATEGORIES + category.ordinal()] > rank) {
                reservedFor.add(category);
            }
        }
        return new NotChosen(offer, choice, Reason.RESERVED_SEATS, yours, offers.openCutoff[o], reservedFor);
    }
}
