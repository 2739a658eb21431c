package kz.edufusion.labormarket;

import java.math.BigDecimal;

/**
 * Vacancies (of a skill, or all) in one region over the period; {@code regionCode} null is the vacancies whose
 * city could not be placed. {@code share} is of all vacancies of that region.
 */
public record RegionDemand(String regionCode, long vacancies, long allVacancies, BigDecimal medianSalaryKzt) {

    public double share() {
        return allVacancies == 0 ? 0 : (double) vacancies / allVacancies;
    }
}
