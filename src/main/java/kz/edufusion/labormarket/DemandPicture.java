package kz.edufusion.labormarket;

import java.util.List;
import kz.edufusion.common.LocalizedText;

/**
 * The joined demand picture of a quarter: per skill, the vacancy signal (share of the quarter's non-duplicate
 * vacancies that ask for it) and the survey signal (sum of importance / 5 over responding companies, divided by the
 * number of responding companies, counted only for skills at least 3 companies named), each scaled to 0..1 by its
 * maximum in the quarter, and combined = w * vacancy + (1 - w) * survey with
 * w = 1 - 0.5 * min(1, responses / 100). See docs/decisions/0006-survey-and-vacancy-weighting.md.
 */
public record DemandPicture(double vacancyWeight, long vacancies, int responses, List<CombinedSkill> skills) {

    public DemandPicture {
        skills = List.copyOf(skills);
    }

    public double surveyWeight() {
        return 1 - vacancyWeight;
    }

    /** One skill's row; ranks are 1-based by combined index (ties share the order of the skill URI). */
    public record CombinedSkill(int rank, String skillUri, LocalizedText label, long vacancies, double vacancyShare,
            double vacancyNormalized, int surveyCompanies, double surveySignal, double surveyNormalized, double combined) {
    }
}
