package kz.edufusion.labormarket;

import java.math.BigDecimal;
import java.time.YearMonth;

/** One month of a series: vacancies (of a skill, or all), all vacancies of the month, and the median salary. */
public record MonthlyDemand(YearMonth month, long vacancies, long allVacancies, BigDecimal medianSalaryKzt) {

    public double share() {
        return allVacancies == 0 ? 0 : (double) vacancies / allVacancies;
    }
}
