package kz.edufusion.labormarket.survey;

import java.sql.Date;
import java.util.HashMap;
import java.util.Map;
import kz.edufusion.labormarket.SurveyQuarter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The vacancy side of the joined picture, read from the module's own vacancy tables: the quarter's vacancies
 * (by publication month, near-duplicates left out) and, per skill, how many of them ask for it.
 */
@Component
class VacancySignals {

    private static final String IN_QUARTER = "v.published_month >= :from AND v.published_month < :to AND v.duplicate_of IS NULL";

    private final JdbcClient jdbc;

    VacancySignals(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long vacancies(SurveyQuarter quarter) {
        return jdbc.sql("SELECT count(*) FROM labormarket.vacancy v WHERE " + IN_QUARTER)
                .param("from", Date.valueOf(quarter.firstDay())).param("to", Date.valueOf(quarter.endExclusive()))
                .query(Long.class).single();
    }

    Map<String, Long> vacanciesPerSkill(SurveyQuarter quarter) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("SELECT s.skill_uri, count(DISTINCT v.id) FROM labormarket.vacancy v "
                        + "JOIN labormarket.vacancy_skill s ON s.vacancy_id = v.id WHERE " + IN_QUARTER + " GROUP BY s.skill_uri")
                .param("from", Date.valueOf(quarter.firstDay())).param("to", Date.valueOf(quarter.endExclusive()))
                .query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return counts;
    }
}
