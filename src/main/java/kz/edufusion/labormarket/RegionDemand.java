package kz.edufusion.labormarket;

import java.math.BigDecimal;

/**
 * Vacancies (of a skill, or all) in one region over the period; {@code regionCode} null is the vacancies whose
 * city could not be placed. {@code allVacancies} (the base of {@code share}) is all vacancies of that region for a
 * skill's regions, and all vacancies of the filter for the regions of {@link DemandTotals}.
 */
public record RegionDemand(String regionCode, long vacancies, long allVacancies, BigDecimal medianSalaryKzt) {

    public double share() {
        return allVacancies == 0 ? 0 : (double) vacancies / allVacancies;
    }
}
