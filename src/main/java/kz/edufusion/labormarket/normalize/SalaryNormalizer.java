package kz.edufusion.labormarket.normalize;

import java.math.BigDecimal;
import java.util.Optional;

/** Turns a salary range in any currency and period into one comparable figure: KZT per month. */
public interface SalaryNormalizer {

    /**
     * The middle of the range (or its one bound) in KZT per month at the configured rates; {@code period} is hh's
     * salary mode (MONTH, HOUR, DAY, WEEK, YEAR, SHIFT) or null for monthly. Empty without a bound or with a
     * currency that has no rate.
     */
    Optional<BigDecimal> kztPerMonth(BigDecimal from, BigDecimal to, String currency, String period);
}
