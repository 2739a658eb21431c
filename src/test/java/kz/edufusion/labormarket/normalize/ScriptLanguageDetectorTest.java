package kz.edufusion.labormarket.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import kz.edufusion.common.csv.CsvRow;
import kz.edufusion.skills.extraction.PlainText;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ScriptLanguageDetectorTest {

    private final ScriptLanguageDetector detector = new ScriptLanguageDetector();

    @Test
    void kazakhSentencesAreKazakh() {
        assertThat(detector.detect("Біз Java әзірлеушісін іздейміз. Spring Boot және PostgreSQL бойынша тәжірибе "
                + "кемінде екі жыл болуы тиіс. Жұмыс Астана қаласындағы кеңседе.")).contains("kk");
        assertThat(detector.detect("Компания бағдарламалық қамтамасыз етуді әзірлейді, жалақы келісім бойынша, "
                + "толық жұмыс күні, әлеуметтік пакет беріледі.")).contains("kk");
        assertThat(detector.detect("Талаптар: SQL білу, Python тілінде жұмыс тәжірибесі, команда ішінде жұмыс "
                + "істей білу, жауапкершілік.")).contains("kk");
    }

    @Test
    void russianStaysRussianEvenWithTechnologyNamesAndAKazakhPlaceName() {
        assertThat(detector.detect("Мы ищем Java разработчика со знанием Spring Boot, Kafka, PostgreSQL и Docker. "
                + "Офис в Қарағанды, график полный день.")).contains("ru");
    }

    @Test
    void englishIsEnglishAndTooLittleTextIsUnknown() {
        assertThat(detector.detect("We are looking for a senior backend engineer to build payment services "
                + "in Go and Kubernetes.")).contains("en");
        assertThat(detector.detect("Java, SQL")).isEmpty();
        assertThat(detector.detect("12345 67890 !!! ---")).isEmpty();
        assertThat(detector.detect("")).isEmpty();
        assertThat(detector.detect(null)).isEmpty();
    }

    @Test
    void devVacanciesAreMostlyRussianWithSomeEnglishAndEveryOneGetsALanguage() {
        List<CsvRow> rows = DevVacancies.rows();
        Map<String, Long> languages = rows.stream()
                .map(r -> detector.detect(PlainText.of(r.required("description"))).orElse("none"))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        System.out.println("Dev vacancy languages: " + languages);

        assertThat(languages.getOrDefault("none", 0L)).isZero();
        assertThat(languages.get("ru")).isGreaterThan(rows.size() * 3L / 4);
        assertThat(languages.get("en")).isPositive();
        assertThat(languageOf(rows, "MATLAB Developer")).contains("en");
        assertThat(languageOf(rows, "Senior Android Developer")).contains("ru");
        // Russian duties after a Kazakh introduction about the bank
        assertThat(languageOf(rows, "Администратор Jira (Главный Эксперт)")).contains("ru");
    }

    private java.util.Optional<String> languageOf(List<CsvRow> rows, String title) {
        CsvRow row = rows.stream().filter(r -> r.required("name").equals(title)).findFirst().orElseThrow();
        return detector.detect(PlainText.of(row.required("description")));
    }
}
