package kz.edufusion.placements.domain;

import kz.edufusion.common.web.DomainProblem;

/** Whether a student may apply to (or be nominated for) an offer: year of study, eligible field and program. */
final class Eligibility {

    private Eligibility() {
    }

    static void require(StudentProfile profile, OfferDraft offer) {
        if (profile.yearOfStudy() < offer.minYear()) {
            throw DomainProblem.conflict("placements.problem.yearTooLow", offer.minYear());
        }
        if (!offer.fieldCodes().isEmpty() && !offer.fieldCodes().contains(profile.fieldCode())) {
            throw DomainProblem.conflict("placements.problem.fieldNotEligible");
        }
        if (!offer.programCodes().isEmpty() && !offer.programCodes().contains(profile.programCode())) {
            throw DomainProblem.conflict("placements.problem.programNotEligible");
        }
    }
}
