package kz.edufusion.alignment.gap;

import java.time.YearMonth;
import java.util.Map;
import kz.edufusion.alignment.engine.GapSettings;
import kz.edufusion.programs.SkillLevel;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The gap analysis settings ({@code edufusion.alignment.gap.*}); anything not set takes the engine's default
 * (see {@link GapSettings} and docs/decisions/0007-gap-analysis.md).
 */
@ConfigurationProperties("edufusion.alignment.gap")
record GapProperties(Double halfLifeMonths, Map<String, Double> sourceWeights, Double nationalWeight,
        Double demandedShare, Integer maxDemanded, Double unusedShare, Double introduced, Double practiced,
        Double mastered, Integer growthMonths, Integer minSalaried, Integer maxRecommendations,
        SkillLevel recommendedLevel) {

    GapSettings settings(YearMonth referenceMonth) {
        GapSettings d = GapSettings.defaults(referenceMonth);
        return new GapSettings(referenceMonth, or(halfLifeMonths, d.halfLifeMonths()),
                sourceWeights == null ? d.sourceWeights() : sourceWeights, or(nationalWeight, d.nationalWeight()),
                or(demandedShare, d.demandedShare()), or(maxDemanded, d.maxDemanded()), or(unusedShare, d.unusedShare()),
                or(introduced, d.introduced()), or(practiced, d.practiced()), or(mastered, d.mastered()),
                or(growthMonths, d.growthMonths()), or(minSalaried, d.minSalaried()),
                or(maxRecommendations, d.maxRecommendations()), recommendedLevel == null ? d.recommendedLevel() : recommendedLevel);
    }

    private static <T> T or(T value, T fallback) {
        return value == null ? fallback : value;
    }
}
