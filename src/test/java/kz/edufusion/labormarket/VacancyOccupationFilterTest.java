package kz.edufusion.labormarket;

import static kz.edufusion.labormarket.VacancyFixture.JAVA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import kz.edufusion.common.PageQuery;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The vacancy list filtered by ISCO unit groups and by several sections (any of), as the gap analysis links its
 * vacancy counts: exactly the vacancies of those groups, not those coded only to a shorter (sub-major) group.
 */
@IntegrationTest
class VacancyOccupationFilterTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired LaborMarketDemand demand;

    @Test
    void listsVacanciesOfAnyGivenUnitGroupAndSection() {
        VacancyFixture fixture = new VacancyFixture(jdbc);
        String employer = "Iscoco " + UUID.randomUUID().toString().substring(0, 8);
        long developer = fixture.vacancy(4).title("Java developer").nace("J").employer(employer).skills(JAVA).insert();
        long analyst = fixture.vacancy(5).title("Systems analyst").nace("K").employer(employer).skills(JAVA).insert();
        long vague = fixture.vacancy(6).title("IT specialist").nace("J").employer(employer).skills(JAVA).insert();
        jdbc.update("UPDATE labormarket.vacancy SET isco_code = '2512' WHERE id = ?", developer);
        jdbc.update("UPDATE labormarket.vacancy SET isco_code = '2511' WHERE id = ?", analyst);
        jdbc.update("UPDATE labormarket.vacancy SET isco_code = '25' WHERE id = ?", vague);

        assertThat(ids(employer, List.of("2512"), List.of())).containsExactly(developer);
        assertThat(ids(employer, List.of("2512", "2511"), List.of())).containsExactly(analyst, developer);
        assertThat(ids(employer, List.of("2512", "2511"), List.of("J"))).containsExactly(developer);
        assertThat(ids(employer, List.of(), List.of("J", "K"))).containsExactly(vague, analyst, developer);
        assertThatThrownBy(() -> ids(employer, List.of("25"), List.of())).isInstanceOfSatisfying(DomainProblem.class,
                p -> assertThat(p.field()).isEqualTo("isco"));
        assertThatThrownBy(() -> ids(employer, List.of(), List.of("Z"))).isInstanceOfSatisfying(DomainProblem.class,
                p -> assertThat(p.field()).isEqualTo("sections"));
    }

    private List<Long> ids(String employer, List<String> isco, List<String> sections) {
        return demand.searchVacancies(new VacancySearch(null, null, null, JAVA, null, null, null, employer, isco, sections),
                PageQuery.of(0, 50)).items().stream().map(VacancySummary::id).toList();
    }
}
