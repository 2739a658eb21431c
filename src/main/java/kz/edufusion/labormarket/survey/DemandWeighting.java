package kz.edufusion.labormarket.survey;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.labormarket.DemandPicture;
import kz.edufusion.labormarket.DemandPicture.CombinedSkill;
import kz.edufusion.labormarket.SurveyResults;

/**
 * The documented weighting of vacancies against survey answers (docs/decisions/0006): plain arithmetic, no Spring,
 * so the rule can be checked against hand-computed numbers.
 * <ul>
 * <li>vacancy signal of a skill = vacancies asking for it / the quarter's vacancies (non-duplicates);</li>
 * <li>survey signal = sum of importance / 5 over responding companies naming it / responding companies, counted only
 * when at least {@link SurveyResults#MIN_COMPANIES} companies named it (below that it would disclose one company);</li>
 * <li>each signal divided by its maximum over the quarter's skills (0 when the maximum is 0);</li>
 * <li>combined = w * vacancy + (1 - w) * survey, w = 1 - 0.5 * min(1, responses / 100).</li>
 * </ul>
 */
final class DemandWeighting {

    private DemandWeighting() {
    }

    /** How a quarter's survey answers add up for one skill (SUBMITTED answers only). */
    record SurveySum(int companies, int importanceSum) {
    }

    /** The vacancy weight w: the vacancies alone without responses, half and half at the target coverage. */
    static double vacancyWeight(int responses) {
        return 1 - 0.5 * Math.min(1.0, responses / (double) SurveyResults.TARGET_RESPONSES);
    }

    static DemandPicture combine(long vacancies, Map<String, Long> vacanciesPerSkill, int responses,
            Map<String, SurveySum> surveyPerSkill, Function<String, LocalizedText> labels) {
        TreeSet<String> skills = new TreeSet<>();
        vacanciesPerSkill.forEach((uri, count) -> {
            if (count > 0) {
                skills.add(uri);
            }
        });
        surveyPerSkill.forEach((uri, sum) -> {
            if (counted(sum)) {
                skills.add(uri);
            }
        });
        double maxVacancy = skills.stream().mapToDouble(uri -> vacancyShare(vacancies, vacanciesPerSkill.get(uri))).max().orElse(0);
        double maxSurvey = skills.stream().mapToDouble(uri -> surveySignal(responses, surveyPerSkill.get(uri))).max().orElse(0);
        double w = vacancyWeight(responses);
        List<CombinedSkill> rows = new ArrayList<>();
        for (String uri : skills) {
            SurveySum sum = surveyPerSkill.get(uri);
            double share = vacancyShare(vacancies, vacanciesPerSkill.get(uri));
            double signal = surveySignal(responses, sum);
            double vacancyNormalized = maxVacancy == 0 ? 0 : share / maxVacancy;
            double surveyNormalized = maxSurvey == 0 ? 0 : signal / maxSurvey;
            rows.add(new CombinedSkill(0, uri, labels.apply(uri), vacanciesPerSkill.getOrDefault(uri, 0L), share,
                    vacancyNormalized, counted(sum) ? sum.companies() : 0, signal, surveyNormalized,
                    w * vacancyNormalized + (1 - w) * surveyNormalized));
        }
        rows.sort(Comparator.comparingDouble(CombinedSkill::combined).reversed().thenComparing(CombinedSkill::skillUri));
        List<CombinedSkill> ranked = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            CombinedSkill r = rows.get(i);
            ranked.add(new CombinedSkill(i + 1, r.skillUri(), r.label(), r.vacancies(), r.vacancyShare(), r.vacancyNormalized(),
                    r.surveyCompanies(), r.surveySignal(), r.surveyNormalized(), r.combined()));
        }
        return new DemandPicture(w, vacancies, responses, ranked);
    }

    /** The survey's weighted score of a skill, whether or not it is large enough to count in the combined index. */
    static double weightedScore(int responses, SurveySum sum) {
        return responses == 0 || sum == null ? 0 : sum.importanceSum() / 5.0 / responses;
    }

    private static boolean counted(SurveySum sum) {
        return sum != null && sum.companies() >= SurveyResults.MIN_COMPANIES;
    }

    private static double surveySignal(int responses, SurveySum sum) {
        return counted(sum) ? weightedScore(responses, sum) : 0;
    }

    private static double vacancyShare(long vacancies, Long count) {
        return vacancies == 0 || count == null ? 0 : count / (double) vacancies;
    }
}
