package kz.edufusion.labormarket.demand;

import java.time.YearMonth;
import java.util.function.Consumer;
import kz.edufusion.labormarket.DemandCell;
import kz.edufusion.labormarket.DemandSignals;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Groups the vacancies themselves into demand cells in one pass of the database (the skill cells, then the
 * totals), streamed with a cursor so the caller never holds the vacancies, only the cells it keeps.
 */
@Component
class VacancyDemandSignals implements DemandSignals {

    private static final String CELLS = """
            SELECT v.published_month, coalesce(v.isco_code, '') AS isco, coalesce(v.region_code, '') AS region,
                   coalesce(v.nace_section, '') AS section, v.source, s.skill_uri AS skill, count(*) AS vacancies,
                   count(v.salary_kzt_month) AS with_salary, coalesce(sum(v.salary_kzt_month), 0) AS salary_sum
              FROM labormarket.vacancy v JOIN labormarket.vacancy_skill s ON s.vacancy_id = v.id
             WHERE v.duplicate_of IS NULL
             GROUP BY 1, 2, 3, 4, 5, 6
            UNION ALL
            SELECT v.published_month, coalesce(v.isco_code, ''), coalesce(v.region_code, ''), coalesce(v.nace_section, ''),
                   v.source, '', count(*), count(v.salary_kzt_month), coalesce(sum(v.salary_kzt_month), 0)
              FROM labormarket.vacancy v
             WHERE v.duplicate_of IS NULL
             GROUP BY 1, 2, 3, 4, 5
            """;

    private final JdbcTemplate jdbc;

    VacancyDemandSignals(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Read-only transaction: PostgreSQL streams with a fetch size only inside one. */
    @Override
    @Transactional(readOnly = true)
    public void forEachCell(Consumer<DemandCell> sink) {
        RowCallbackHandler handler = rs -> sink.accept(new DemandCell(
                YearMonth.from(rs.getDate("published_month").toLocalDate()), rs.getString("isco"), rs.getString("region"),
                rs.getString("section"), rs.getString("source"), rs.getString("skill"), rs.getInt("vacancies"),
                rs.getInt("with_salary"), rs.getDouble("salary_sum")));
        jdbc.query(connection -> {
            var statement = connection.prepareStatement(CELLS);
            statement.setFetchSize(10_000);
            return statement;
        }, handler);
    }
}
