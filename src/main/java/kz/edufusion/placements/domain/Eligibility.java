package kz.edufusion.placements.domain;

import java.util.List;
import java.util.Optional;
import kz.edufusion.common.web.DomainProblem;

/** Whether a student may apply to (or be nominated for, or rank in a round) an offer: year of study, field and program. */
public final class Eligibility {

    private Eligibility() {
    }

    static void require(StudentProfile profile, OfferDraft offer) {
        refusal(profile, offer.minYear(), offer.fieldCodes(), offer.programCodes()).ifPresent(problem -> {
            throw problem;
        });
    }

    /** Whether the student's profile meets the offer's year, field and program rules (the rules applications follow). */
    public static boolean allows(StudentProfile profile, OfferView offer) {
        return refusal(profile, offer.minYear(), offer.fieldCodes(), offer.programCodes()).isEmpty();
    }

    private static Optional<DomainProblem> refusal(StudentProfile profile, int minYear, List<String> fieldCodes,
            List<String> programCodes) {
        if (profile.yearOfStudy() < minYear) {
            return Optional.of(DomainProblem.conflict("placements.problem.yearTooLow", minYear));
        }
        if (!fieldCodes.isEmpty() && !fieldCodes.contains(profile.fieldCode())) {
            return Optional.of(DomainProblem.conflict("placements.problem.fieldNotEligible"));
        }
        if (!programCodes.isEmpty() && !programCodes.contains(profile.programCode())) {
            return Optional.of(DomainProblem.conflict("placements.problem.programNotEligible"));
        }
        return Optional.empty();
    }
}
