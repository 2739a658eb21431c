package kz.edufusion.labormarket.normalize;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * KZT per month at the configured reference rates. Periods other than a month are scaled by a working month of
 * 21 days of 8 hours: HOUR x 168, DAY x 21, SHIFT x 15 (shift work is usually two days on, two off, so about 15
 * shifts a month), WEEK x 52/12, YEAR / 12. The result is rounded to whole tenge.
 */
@Component
class RateSalaryNormalizer implements SalaryNormalizer {

    private static final Map<String, BigDecimal> MONTHLY_FACTORS = Map.of(
            "MONTH", BigDecimal.ONE,
            "HOUR", BigDecimal.valueOf(168),
            "DAY", BigDecimal.valueOf(21),
            "SHIFT", BigDecimal.valueOf(15),
            "WEEK", BigDecimal.valueOf(52).divide(BigDecimal.valueOf(12), MathContext.DECIMAL64),
            "YEAR", BigDecimal.ONE.divide(BigDecimal.valueOf(12), MathContext.DECIMAL64));

    private final Map<String, BigDecimal> rates;

    RateSalaryNormalizer(LaborMarketProperties properties) {
        Map<String, BigDecimal> byCode = new HashMap<>();
        properties.rates().forEach((code, rate) -> {
            if (rate == null || rate.signum() <= 0) {
                throw new IllegalStateException("edufusion.labormarket.rates." + code + " must be a positive number");
            }
            byCode.put(code.trim().toUpperCase(Locale.ROOT), rate);
        });
        byCode.put("KZT", BigDecimal.ONE);
        this.rates = Map.copyOf(byCode);
    }

    @Override
    public Optional<BigDecimal> kztPerMonth(BigDecimal from, BigDecimal to, String currency, String period) {
        BigDecimal amount = from != null && to != null ? from.add(to).divide(BigDecimal.valueOf(2))
                : from != null ? from : to;
        if (amount == null) {
            return Optional.empty();
        }
        BigDecimal rate = rates.get(currency == null ? "KZT" : currency.trim().toUpperCase(Locale.ROOT));
        BigDecimal factor = MONTHLY_FACTORS.get(period == null || period.isBlank() ? "MONTH"
                : period.trim().toUpperCase(Locale.ROOT));
        if (rate == null || factor == null) {
            return Optional.empty();
        }
        return Optional.of(amount.multiply(rate).multiply(factor).setScale(0, RoundingMode.HALF_UP));
    }
}
