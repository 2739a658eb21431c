package kz.edufusion.labormarket;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import kz.edufusion.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demand cells add up to the vacancies of the demo data, duplicates left out, skill cells within totals. */
@IntegrationTest
class DemandSignalsTest {

    @Autowired DemandSignals signals;
    @Autowired JdbcTemplate jdbc;

    @Test
    void totalCellsCountEveryOriginalVacancyOnceAndSkillCellsTheirSkills() {
        List<DemandCell> cells = new ArrayList<>();
        signals.forEachCell(cells::add);

        long originals = jdbc.queryForObject("SELECT count(*) FROM labormarket.vacancy WHERE duplicate_of IS NULL", Long.class);
        long skillRows = jdbc.queryForObject("""
                SELECT count(*) FROM labormarket.vacancy_skill s JOIN labormarket.vacancy v ON v.id = s.vacancy_id
                 WHERE v.duplicate_of IS NULL
                """, Long.class);
        assertThat(originals).isPositive();
        assertThat(cells.stream().filter(DemandCell::total).mapToLong(DemandCell::vacancies).sum()).isEqualTo(originals);
        assertThat(cells.stream().filter(c -> !c.total()).mapToLong(DemandCell::vacancies).sum()).isEqualTo(skillRows);
        assertThat(cells).allSatisfy(c -> assertThat(c.withSalary()).isBetween(0, c.vacancies()));
    }
}
