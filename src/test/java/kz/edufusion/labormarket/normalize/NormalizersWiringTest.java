package kz.edufusion.labormarket.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import kz.edufusion.support.IntegrationTest;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The normalizers are beans of the application, reading the bundled files and the configured rates. */
@IntegrationTest
class NormalizersWiringTest {

    @Autowired
    CityRegions cityRegions;
    @Autowired
    SalaryNormalizer salaries;
    @Autowired
    LanguageDetector languages;
    @Autowired
    OccupationMatcher occupations;
    @Autowired
    NaceClassifier sectors;

    @Test
    void everyNormalizerIsThereWithTheApplicationsSettings() {
        assertThat(cityRegions.regionOf("Жаркент")).contains("KZ-33");
        assertThat(salaries.kztPerMonth(new BigDecimal("1000"), null, "RUR", null)).isPresent();
        assertThat(salaries.kztPerMonth(new BigDecimal("1000"), null, "USD", null)).isPresent();
        assertThat(languages.detect("Біз Java әзірлеушісін іздейміз, жұмыс Астана қаласында")).contains("kk");
        assertThat(occupations.match("Программист 1С")).isPresent();
        assertThat(sectors.sectionFor("Kcell", null)).contains("J");
    }
}
