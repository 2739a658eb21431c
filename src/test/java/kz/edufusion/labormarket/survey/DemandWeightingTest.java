package kz.edufusion.labormarket.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.labormarket.DemandPicture;
import kz.edufusion.labormarket.survey.DemandWeighting.SurveySum;
import org.junit.jupiter.api.Test;

/** The weighting rule of docs/decisions/0006 against numbers worked out by hand. */
class DemandWeightingTest {

    @Test
    void theVacancyWeightFallsFromOneToOneHalfWithCoverage() {
        assertThat(DemandWeighting.vacancyWeight(0)).isEqualTo(1.0);
        assertThat(DemandWeighting.vacancyWeight(40)).isCloseTo(0.8, within(1e-12));
        assertThat(DemandWeighting.vacancyWeight(100)).isEqualTo(0.5);
        assertThat(DemandWeighting.vacancyWeight(250)).isEqualTo(0.5);
    }

    @Test
    void combinesNormalizedSignals() {
        // 10 vacancies: A in 5, B in 2. 50 responding companies (w = 0.75): A named by 10 companies with importance sum 40
        // (signal 40/5/50 = 0.16), C by 20 with sum 100 (0.4), B by 2 (below 3: not counted).
        DemandPicture p = DemandWeighting.combine(10, Map.of("A", 5L, "B", 2L), 50,
                Map.of("A", new SurveySum(10, 40), "B", new SurveySum(2, 10), "C", new SurveySum(20, 100)),
                uri -> LocalizedText.of(uri, uri, uri));
        assertThat(p.vacancyWeight()).isEqualTo(0.75);
        assertThat(p.skills()).extracting(DemandPicture.CombinedSkill::skillUri).containsExactly("A", "B", "C");
        var a = p.skills().get(0);
        // vacancy 0.5 / 0.5 = 1; survey 0.16 / 0.4 = 0.4; combined 0.75 * 1 + 0.25 * 0.4 = 0.85
        assertThat(a.vacancyShare()).isEqualTo(0.5);
        assertThat(a.surveyNormalized()).isCloseTo(0.4, within(1e-12));
        assertThat(a.combined()).isCloseTo(0.85, within(1e-12));
        // B: vacancy 0.2 / 0.5 = 0.4 -> 0.75 * 0.4 = 0.3, its 2 companies do not count; C: no vacancies, survey 1 -> 0.25
        assertThat(p.skills().get(1).combined()).isCloseTo(0.3, within(1e-12));
        assertThat(p.skills().get(1).surveyCompanies()).isZero();
        assertThat(p.skills().get(2).combined()).isCloseTo(0.25, within(1e-12));
        assertThat(p.skills()).extracting(DemandPicture.CombinedSkill::rank).containsExactly(1, 2, 3);
    }

    @Test
    void withoutVacanciesOrAnswersEverythingIsZeroNotNaN() {
        DemandPicture p = DemandWeighting.combine(0, Map.of(), 0, Map.of(), uri -> null);
        assertThat(p.skills()).isEmpty();
        assertThat(p.vacancyWeight()).isEqualTo(1.0);
    }
}
