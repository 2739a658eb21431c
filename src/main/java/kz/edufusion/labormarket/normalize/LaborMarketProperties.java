package kz.edufusion.labormarket.normalize;

import java.math.BigDecimal;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Labor market settings.
 *
 * @param rates KZT per one unit of each currency (ISO 4217 code, or hh's RUR), set by the operator as reference
 *              rates; salaries in a currency without a rate get no KZT figure. KZT itself is always 1.
 */
@ConfigurationProperties("edufusion.labormarket")
record LaborMarketProperties(Map<String, BigDecimal> rates) {

    LaborMarketProperties {
        rates = rates == null ? Map.of() : Map.copyOf(rates);
    }
}
