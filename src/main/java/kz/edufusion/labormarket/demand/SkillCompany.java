package kz.edufusion.labormarket.demand;

import java.util.List;
import java.util.UUID;
import kz.edufusion.labormarket.EmployerDemand;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What a skill is asked together with, read from the vacancies themselves (a pair table would hold dozens of
 * rows per vacancy): the employers asking for it and the skills found in the same vacancies.
 */
@Component
class SkillCompany {

    record CoOccurrence(String skillUri, long together) {
    }

    private static final String WITH_SKILL = """
            FROM labormarket.vacancy_skill s JOIN labormarket.vacancy v ON v.id = s.vacancy_id
            WHERE s.skill_uri = :uri AND\s""" + Grain.VACANCY_IN_GRAIN;

    private final JdbcClient jdbc;

    SkillCompany(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Employers by vacancies, grouped by the normalized employer key so spellings of one company add up. */
    List<EmployerDemand> employers(Grain grain, String skill, int limit) {
        return jdbc.sql("SELECT min(v.employer_name) AS name, "
                        + "(array_agg(v.organization_id) FILTER (WHERE v.organization_id IS NOT NULL))[1], count(*) AS n "
                        + WITH_SKILL + " AND v.employer_name IS NOT NULL"
                        + " GROUP BY coalesce(v.employer_key, lower(v.employer_name)) ORDER BY n DESC, name LIMIT :limit")
                .params(grain.params()).param("uri", skill).param("limit", limit)
                .query((rs, n) -> new EmployerDemand(rs.getString(1), rs.getObject(2, UUID.class), rs.getLong(3))).list();
    }

    /** Skills found in the same vacancies, most frequent first. */
    List<CoOccurrence> related(Grain grain, String skill, int limit) {
        return jdbc.sql("SELECT o.skill_uri, count(*) AS n " + WITH_SKILL.replaceFirst("WHERE",
                                "JOIN labormarket.vacancy_skill o ON o.vacancy_id = s.vacancy_id AND o.skill_uri <> s.skill_uri WHERE")
                        + " GROUP BY o.skill_uri ORDER BY n DESC, o.skill_uri LIMIT :limit")
                .params(grain.params()).param("uri", skill).param("limit", limit)
                .query((rs, n) -> new CoOccurrence(rs.getString(1), rs.getLong(2))).list();
    }
}
