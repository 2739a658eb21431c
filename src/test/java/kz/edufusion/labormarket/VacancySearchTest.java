package kz.edufusion.labormarket;

import static kz.edufusion.labormarket.VacancyFixture.JAVA;
import static kz.edufusion.labormarket.VacancyFixture.PYTHON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import kz.edufusion.common.PageQuery;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.support.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Full text in Russian (stemmed), English (stemmed) and Kazakh (word forms), filters, ranking, duplicates. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VacancySearchTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    LaborMarketDemand demand;

    VacancyFixture fixture;
    final String employer = "Searchco " + UUID.randomUUID().toString().substring(0, 8);
    long russian;
    long english;
    long kazakh;
    long inText;
    long duplicate;

    @BeforeAll
    void vacancies() {
        fixture = new VacancyFixture(jdbc);
        russian = fixture.vacancy(4).title("Ведущий разработчик Java").text("Разрабатываем платёжные сервисы.")
                .region("KZ-75").nace("J").salary(700_000).employer(employer).skills(JAVA).insert();
        english = fixture.vacancy(5).title("Senior Python Developer").text("We build data pipelines.").language("en")
                .region("KZ-71").nace("K").salary(900_000).employer(employer).skills(PYTHON).insert();
        kazakh = fixture.vacancy(6).title("Бағдарламашы").text("Бізге тәжірибелі бағдарламашылар қажет.").language("kk")
                .region("KZ-71").employer(employer).insert();
        inText = fixture.vacancy(3).title("Тестировщик").text("Работа рядом с разработчиками Java.")
                .region("KZ-75").employer(employer).insert();
        duplicate = fixture.vacancy(6).title("Ведущий разработчик Java").employer(employer).duplicateOf(russian).insert();
    }

    private List<Long> ids(VacancySearch search) {
        return demand.searchVacancies(search, PageQuery.of(0, 50)).items().stream().map(VacancySummary::id).toList();
    }

    private VacancySearch words(String text) {
        return new VacancySearch(text, null, null, null, null, null, null, employer);
    }

    @Test
    void russianWordsMatchTheirOtherFormsAndTitlesRankFirst() {
        assertThat(ids(words("разработчика"))).as("stemmed: разработчика -> разработчик, разработчиками")
                .containsExactly(russian, inText);
        assertThat(ids(words("\"ведущий разработчик\""))).containsExactly(russian);
    }

    @Test
    void englishWordsAreStemmedAndKazakhWordsMatchAsWritten() {
        assertThat(ids(words("developers"))).containsExactly(english);
        assertThat(ids(words("pipeline"))).containsExactly(english);
        assertThat(ids(words("бағдарламашы"))).containsExactly(kazakh);
        assertThat(ids(words("бағдарламашылар"))).containsExactly(kazakh);
        assertThat(ids(words("разработчик -тестировщик"))).containsExactly(russian);
    }

    @Test
    void filtersNarrowTheListAndDuplicatesNeverShow() {
        assertThat(ids(words(null))).as("newest first, the duplicate left out").containsExactly(kazakh, english, russian, inText);
        assertThat(ids(new VacancySearch(null, "KZ-71", null, null, null, null, null, employer))).containsExactly(kazakh, english);
        assertThat(ids(new VacancySearch(null, null, "J", null, null, null, null, employer))).containsExactly(russian);
        assertThat(ids(new VacancySearch(null, null, null, "ccd0a1d9-afda-43d9-b901-96344886e14d", null, null, null, employer)))
                .containsExactly(english);
        assertThat(ids(new VacancySearch(null, null, null, null, BigDecimal.valueOf(800_000), null, null, employer)))
                .containsExactly(english);
        assertThat(ids(new VacancySearch(null, null, null, null, null, fixture.month(4).atDay(1), fixture.month(5).atDay(10),
                employer))).containsExactly(english, russian);
        assertThat(demand.searchVacancies(words(null), PageQuery.of(1, 3)).items()).extracting(VacancySummary::id)
                .containsExactly(inText);
    }

    @Test
    void detailsCarryTheSkillsWithLabelsAndTheDuplicateLink() {
        VacancyDetails details = demand.vacancy(russian).orElseThrow();
        assertThat(details.skills()).extracting(VacancySkill::skillUri).containsExactly(JAVA);
        assertThat(details.skills().get(0).label().ru()).isEqualTo("Java (язык программирования)");
        assertThat(details.url()).startsWith("https://hh.kz/vacancy/");
        assertThat(demand.vacancy(duplicate).orElseThrow().duplicateOf()).isEqualTo(russian);
        assertThat(demand.vacancy(-1)).isEmpty();
    }

    @Test
    void badFiltersNameTheirField() {
        assertThatThrownBy(() -> ids(new VacancySearch(null, "KZ-00", null, null, null, null, null, null)))
                .isInstanceOfSatisfying(DomainProblem.class, p -> assertThat(p.field()).isEqualTo("region"));
        assertThatThrownBy(() -> ids(new VacancySearch(null, null, null, null, BigDecimal.valueOf(-1), null, null, null)))
                .isInstanceOfSatisfying(DomainProblem.class, p -> assertThat(p.field()).isEqualTo("minSalary"));
        assertThatThrownBy(() -> ids(new VacancySearch(null, null, null, null, null, fixture.month(5).atDay(1),
                fixture.month(4).atDay(1), null)))
                .isInstanceOfSatisfying(DomainProblem.class, p -> assertThat(p.field()).isEqualTo("publishedTo"));
    }
}
