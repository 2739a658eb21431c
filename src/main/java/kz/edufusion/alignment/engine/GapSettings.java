package kz.edufusion.alignment.engine;

import java.time.YearMonth;
import java.util.Map;
import kz.edufusion.programs.SkillLevel;

/**
 * The knobs of the gap analysis (docs/decisions/0007-gap-analysis.md).
 *
 * @param referenceMonth      the month recency is counted back from (the latest month with vacancies)
 * @param halfLifeMonths      a vacancy this many months older than the reference month weighs half as much
 * @param sourceWeights       weight per vacancy source (e.g. {@code hh}); a source not named weighs 1.0
 * @param nationalWeight      weight of vacancies outside the program's own region (the own region weighs 1.0)
 * @param demandedShare       a skill is demanded when its weighted share of the program's vacancies reaches this
 * @param maxDemanded         at most this many demanded skills, the heaviest first
 * @param unusedShare         a taught skill below this weighted share is "barely asked for"
 * @param introduced          credit for a demanded skill taught at the introduced level (mastered = {@code mastered})
 * @param growthMonths        growth compares the last this-many months with the same number before them
 * @param minSalaried         mean salaries need at least this many vacancies that name a salary (else null)
 * @param maxRecommendations  at most this many recommended disciplines per program
 * @param recommendedLevel    the level a recommended discipline is assumed to teach its skills at
 */
public record GapSettings(YearMonth referenceMonth, double halfLifeMonths, Map<String, Double> sourceWeights,
        double nationalWeight, double demandedShare, int maxDemanded, double unusedShare, double introduced,
        double practiced, double mastered, int growthMonths, int minSalaried, int maxRecommendations,
        SkillLevel recommendedLevel) {

    public GapSettings {
        sourceWeights = Map.copyOf(sourceWeights);
        if (referenceMonth == null) {
            throw new IllegalArgumentException("referenceMonth is required");
        }
        if (halfLifeMonths <= 0 || nationalWeight < 0 || nationalWeight > 1 || demandedShare <= 0 || demandedShare > 1
                || maxDemanded < 1 || unusedShare < 0 || growthMonths < 1 || minSalaried < 1 || maxRecommendations < 0) {
            throw new IllegalArgumentException("gap settings out of range");
        }
        if (!(0 <= introduced && introduced <= practiced && practiced <= mastered && mastered <= 1)) {
            throw new IllegalArgumentException("level factors must grow from introduced to mastered, within 0..1");
        }
        sourceWeights.values().forEach(w -> {
            if (w < 0) {
                throw new IllegalArgumentException("source weights must not be negative");
            }
        });
    }

    /** The defaults the platform runs with. */
    public static GapSettings defaults(YearMonth referenceMonth) {
        return new GapSettings(referenceMonth, 12, Map.of(), 0.25, 0.02, 30, 0.005, 0.4, 0.7, 1.0, 6, 5, 5,
                SkillLevel.PRACTICED);
    }

    public double levelFactor(SkillLevel level) {
        return switch (level) {
            case INTRODUCED -> introduced;
            case PRACTICED -> practiced;
            case MASTERED -> mastered;
        };
    }

    /** Recency times source weight of a cell. Months after the reference month count as the reference month. */
    double cellWeight(YearMonth month, String source) {
        long before = Math.max(0, monthsBefore(month));
        return Math.pow(0.5, before / halfLifeMonths) * sourceWeights.getOrDefault(source, 1.0);
    }

    long monthsBefore(YearMonth month) {
        return month.until(referenceMonth, java.time.temporal.ChronoUnit.MONTHS);
    }
}
