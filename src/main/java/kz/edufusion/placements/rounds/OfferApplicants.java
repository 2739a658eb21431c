package kz.edufusion.placements.rounds;

import java.util.List;
import java.util.UUID;
import kz.edufusion.placements.domain.OfferView;

/**
 * The students who ranked one offer of a round, as its company's representatives see them: which choice the offer
 * is for them, their skill-match score, and the company's own score (null: none, the skill match counts).
 * {@code canScore}: the round is not run or published yet.
 */
public record OfferApplicants(RoundView round, OfferView offer, List<Applicant> applicants, boolean canScore) {

    public OfferApplicants {
        applicants = List.copyOf(applicants);
    }

    public record Applicant(UUID studentId, String name, int choice, Integer matchPercent, Integer companyScore) {
    }
}
