package kz.edufusion.labormarket;

import java.math.BigDecimal;
import java.util.List;

/**
 * All vacancies of a filter (the skill of the filter is ignored): count, how many name a salary, their median,
 * the count of the previous period, the monthly series (every month of the period, zeros included) and the
 * regions (largest first).
 */
public record DemandTotals(long vacancies, long withSalary, BigDecimal medianSalaryKzt, long previousVacancies,
        List<MonthlyDemand> months, List<RegionDemand> regions) {

    public DemandTotals {
        months = List.copyOf(months);
        regions = List.copyOf(regions);
    }
}
