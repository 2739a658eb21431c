package kz.edufusion.labormarket.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.io.ClassPathResource;

class RateSalaryNormalizerTest {

    private final RateSalaryNormalizer salaries = new RateSalaryNormalizer(new LaborMarketProperties(Map.of(
            "USD", new BigDecimal("500"), "rur", new BigDecimal("6.5"))));

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    @Test
    void takesTheMiddleOfTheRangeOrItsOneBound() {
        assertThat(salaries.kztPerMonth(n("300000"), n("1000000"), "KZT", null)).contains(n("650000"));
        assertThat(salaries.kztPerMonth(n("300000"), null, "KZT", "MONTH")).contains(n("300000"));
        assertThat(salaries.kztPerMonth(null, n("450000.50"), "KZT", null)).contains(n("450001"));
        assertThat(salaries.kztPerMonth(null, null, "KZT", null)).isEmpty();
    }

    @Test
    void convertsAtTheConfiguredRatesAndKnowsNoOtherCurrency() {
        assertThat(salaries.kztPerMonth(n("1000"), n("2000"), "USD", null)).contains(n("750000"));
        assertThat(salaries.kztPerMonth(n("100000"), null, "RUR", null)).contains(n("650000"));
        assertThat(salaries.kztPerMonth(n("100000"), null, "usd ", null)).contains(n("50000000"));
        assertThat(salaries.kztPerMonth(n("1000"), null, "EUR", null)).isEmpty();
        // a source without a currency field writes tenge
        assertThat(salaries.kztPerMonth(n("250000"), null, null, null)).contains(n("250000"));
    }

    @Test
    void scalesOtherPeriodsToAWorkingMonth() {
        assertThat(salaries.kztPerMonth(n("2000"), null, "KZT", "HOUR")).contains(n("336000"));
        assertThat(salaries.kztPerMonth(n("10000"), null, "KZT", "DAY")).contains(n("210000"));
        assertThat(salaries.kztPerMonth(n("20000"), null, "KZT", "SHIFT")).contains(n("300000"));
        assertThat(salaries.kztPerMonth(n("60000"), null, "KZT", "WEEK")).contains(n("260000"));
        assertThat(salaries.kztPerMonth(n("6000000"), null, "KZT", "year")).contains(n("500000"));
        assertThat(salaries.kztPerMonth(n("1000"), null, "KZT", "FORTNIGHT")).isEmpty();
    }

    @Test
    void refusesANonPositiveRate() {
        assertThatThrownBy(() -> new RateSalaryNormalizer(new LaborMarketProperties(Map.of("USD", BigDecimal.ZERO))))
                .hasMessageContaining("edufusion.labormarket.rates.USD");
    }

    @Test
    void applicationYmlHasReferenceRatesForTheCurrenciesHhUses() throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"))
                .forEach(environment.getPropertySources()::addLast);
        LaborMarketProperties properties = new Binder(ConfigurationPropertySources.get(environment))
                .bind("edufusion.labormarket", LaborMarketProperties.class).get();

        assertThat(properties.rates()).containsKeys("usd", "eur", "rub", "rur", "kgs", "uzs", "cny", "gbp");
        assertThat(properties.rates().get("rur")).isEqualTo(properties.rates().get("rub"));
        RateSalaryNormalizer configured = new RateSalaryNormalizer(properties);
        assertThat(configured.kztPerMonth(n("1000"), null, "USD", null).orElseThrow())
                .isBetween(n("300000"), n("800000"));
    }

    @Test
    void anEnvironmentVariableReplacesTheDefaultRate() throws IOException {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new org.springframework.core.env.SystemEnvironmentPropertySource(
                "env", Map.of("EDUFUSION_LABORMARKET_RATES_USD", "480")));
        new YamlPropertySourceLoader().load("application", new ClassPathResource("application.yml"))
                .forEach(environment.getPropertySources()::addLast);
        LaborMarketProperties properties = new Binder(ConfigurationPropertySources.get(environment))
                .bind("edufusion.labormarket", LaborMarketProperties.class).get();

        assertThat(new RateSalaryNormalizer(properties).kztPerMonth(n("1000"), null, "USD", null)).contains(n("480000"));
    }
}
