package kz.edufusion.labormarket.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import kz.edufusion.common.csv.CsvRow;
import kz.edufusion.labormarket.normalize.OccupationMatcher.OccupationMatch;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CuratedOccupationMatcherTest {

    private static final String ESCO = "http://data.europa.eu/esco/occupation/";
    private static final String SOFTWARE_DEVELOPER = ESCO + "f2b15a0e-e65a-438a-affb-29b9d50b77d1";
    private static final String WEB_DEVELOPER = ESCO + "c40a2919-48a9-40ea-b506-1f34f693496d";
    private static final String SOFTWARE_TESTER = ESCO + "106f79e4-6264-45f1-9e7a-297435cd684b";
    private static final String SYSTEM_ADMINISTRATOR = ESCO + "9e2e6e1e-363b-4e1b-a673-7bc0f7343300";
    private static final String APPLICATION_DEVELOPER = ESCO + "bd272aee-adc9-4a06-a15c-a73b4b4a46a7";
    private static final String ACCOUNTANT = ESCO + "eda0d957-3c3c-4139-b89a-a18bc9e18897";

    /** The floor of dev titles that get an occupation (measured: 98.4%, the test prints the figure). */
    private static final double COVERAGE_FLOOR = 0.95;

    private final CuratedOccupationMatcher matcher = new CuratedOccupationMatcher();

    private String uri(String title) {
        return matcher.match(title).map(OccupationMatch::occupationUri).orElse(null);
    }

    @Test
    void everyOccupationOfTheFileIsAnEscoOccupationWithItsIscoGroupAndLabel() {
        Map<String, CsvRow> esco = DevVacancies.read("/reference/esco-1.2/occupations_en.csv",
                List.of("conceptUri", "iscoGroup", "preferredLabel")).stream()
                .collect(Collectors.toMap(r -> r.required("conceptUri"), r -> r));
        List<CsvRow> rows = CuratedFile.rows(CuratedOccupationMatcher.FILE, CuratedOccupationMatcher.COLUMNS);

        assertThat(rows).hasSizeGreaterThan(40);
        for (CsvRow row : rows) {
            CsvRow occupation = esco.get(row.required("occupation_uri"));
            assertThat(occupation).as(row.required("occupation_uri")).isNotNull();
            assertThat(row.required("isco_code")).as(row.required("esco_label")).isEqualTo(occupation.required("iscoGroup"));
            assertThat(row.required("esco_label")).isEqualTo(occupation.required("preferredLabel").strip());
        }
    }

    @Test
    void namesTheOccupationInRussianKazakhAndEnglishTitles() {
        assertThat(uri("Разработчик С++")).isEqualTo(SOFTWARE_DEVELOPER);
        assertThat(uri("Senior Java Developer")).isEqualTo(SOFTWARE_DEVELOPER);
        assertThat(uri("Java әзірлеушісі")).isEqualTo(SOFTWARE_DEVELOPER);
        assertThat(uri("Бағдарламашы")).isEqualTo(SOFTWARE_DEVELOPER);
        assertThat(uri("Системный администратор")).isEqualTo(SYSTEM_ADMINISTRATOR);
        assertThat(uri("Тестировщик")).isEqualTo(SOFTWARE_TESTER);
        assertThat(uri("Middle QA engineer")).isEqualTo(SOFTWARE_TESTER);
        assertThat(uri("Главный бухгалтер")).isEqualTo(ACCOUNTANT);
        assertThat(uri("Бас есепші")).isEqualTo(ACCOUNTANT);
        assertThat(matcher.match("Системный администратор").orElseThrow().iscoCode()).isEqualTo("2522");
    }

    @Test
    void theMoreSpecificPatternWins() {
        assertThat(uri("Frontend-разработчик (middle 3)")).isEqualTo(WEB_DEVELOPER);
        assertThat(uri("Senior Front-end Developer")).isEqualTo(WEB_DEVELOPER);
        assertThat(uri("Front End разработчик")).isEqualTo(WEB_DEVELOPER);
        assertThat(uri("Программист 1С")).isEqualTo(APPLICATION_DEVELOPER);
        // a Latin C and a Cyrillic С in "1С" are the same
        assertThat(uri("Программист 1C ERP")).isEqualTo(APPLICATION_DEVELOPER);
        assertThat(uri("Senior Fullstack Developer с функциями DevOps-инженера")).isEqualTo(SOFTWARE_DEVELOPER);
        assertThat(uri("Администратор баз данных ClickHouse")).isEqualTo(ESCO + "8c57af09-719c-42b3-be40-6ed4946236cc");
    }

    @Test
    void titlesWithoutAnOccupationWordGetNone() {
        assertThat(matcher.match("Менеджмент")).isEmpty();
        assertThat(matcher.match("Вакансия")).isEmpty();
        assertThat(matcher.match("   ")).isEmpty();
        assertThat(matcher.match(null)).isEmpty();
    }

    @Test
    void coversTheDevVacancyTitles() {
        List<String> titles = DevVacancies.rows().stream().map(r -> r.required("name")).toList();
        List<String> unmatched = titles.stream().filter(t -> matcher.match(t).isEmpty()).toList();
        double coverage = 1 - (double) unmatched.size() / titles.size();
        System.out.printf("Title coverage on the dev vacancies: %.1f%% (%d of %d); unmatched: %s%n", coverage * 100,
                titles.size() - unmatched.size(), titles.size(), unmatched);
        assertThat(coverage).isGreaterThanOrEqualTo(COVERAGE_FLOOR);
    }
}
