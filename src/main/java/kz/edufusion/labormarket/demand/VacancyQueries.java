package kz.edufusion.labormarket.demand;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kz.edufusion.common.PageQuery;
import kz.edufusion.common.PageResponse;
import kz.edufusion.common.web.PlatformTime;
import kz.edufusion.labormarket.VacancyDetails;
import kz.edufusion.labormarket.VacancySearch;
import kz.edufusion.labormarket.VacancySkill;
import kz.edufusion.labormarket.VacancySummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Vacancy search over the stored tsvector: the words are parsed with the Russian, English and simple
 * configurations (the vector holds all three, so a Russian word matches its other forms, an English one its
 * stem, and a Kazakh one, which has no PostgreSQL stemmer, its exact form), OR-ed, ranked by ts_rank, then newest.
 */
@Component
class VacancyQueries {

    private static final String QUERY = "(websearch_to_tsquery('russian', :q) || websearch_to_tsquery('english', :q)"
            + " || websearch_to_tsquery('simple', :q))";

    private final JdbcClient jdbc;
    private final SkillLabels labels;

    VacancyQueries(JdbcClient jdbc, SkillLabels labels) {
        this.jdbc = jdbc;
        this.labels = labels;
    }

    PageResponse<VacancySummary> search(VacancySearch search, String skill, PageQuery page) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder(" WHERE v.duplicate_of IS NULL");
        if (search.text() != null) {
            where.append(" AND v.search @@ ").append(QUERY);
            params.put("q", search.text());
        }
        condition(where, params, "v.region_code = :region", "region", search.regionCode());
        condition(where, params, "v.nace_section = :nace", "nace", search.naceSection());
        condition(where, params, "v.isco_code IN (:isco)", "isco", search.iscoCodes().isEmpty() ? null : search.iscoCodes());
        condition(where, params, "v.nace_section IN (:sections)", "sections",
                search.naceSections().isEmpty() ? null : search.naceSections());
        condition(where, params, "EXISTS (SELECT 1 FROM labormarket.vacancy_skill s WHERE s.vacancy_id = v.id "
                + "AND s.skill_uri = :skill)", "skill", skill);
        condition(where, params, "v.salary_kzt_month >= :minSalary", "minSalary", search.minSalaryKzt());
        condition(where, params, "v.published_at >= :publishedFrom", "publishedFrom", search.publishedFrom() == null
                ? null : Timestamp.from(search.publishedFrom().atStartOfDay(PlatformTime.ZONE).toInstant()));
        condition(where, params, "v.published_at < :publishedTo", "publishedTo", search.publishedTo() == null
                ? null : Timestamp.from(search.publishedTo().plusDays(1).atStartOfDay(PlatformTime.ZONE).toInstant()));
        condition(where, params, "(v.employer_name ILIKE :employer ESCAPE '\\')", "employer",
                search.employer() == null ? null : "%" + search.employer().replaceAll("([\\\\%_])", "\\\\$1") + "%");
        String order = search.text() == null ? "" : "ts_rank(v.search, " + QUERY + ") DESC, ";
        List<VacancySummary> items = jdbc.sql("SELECT v.id, v.title, v.employer_name, v.city, v.region_code, v.nace_section, "
                        + "v.salary_kzt_month, v.published_at FROM labormarket.vacancy v" + where
                        + " ORDER BY " + order + "v.published_at DESC, v.id DESC LIMIT :limit OFFSET :offset")
                .params(params).param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> new VacancySummary(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getBigDecimal(7), rs.getTimestamp(8).toInstant()))
                .list();
        long total = jdbc.sql("SELECT count(*) FROM labormarket.vacancy v" + where).params(params).query(Long.class).single();
        return PageResponse.of(items, page, total);
    }

    private static void condition(StringBuilder where, Map<String, Object> params, String sql, String name, Object value) {
        if (value != null) {
            where.append(" AND ").append(sql);
            params.put(name, value);
        }
    }

    Optional<VacancyDetails> details(long id) {
        List<VacancySkill> skills = jdbc.sql("SELECT skill_uri, origin, score FROM labormarket.vacancy_skill "
                        + "WHERE vacancy_id = ? ORDER BY score DESC, skill_uri")
                .param(id)
                .query((rs, n) -> new VacancySkill(rs.getString(1), labels.label(rs.getString(1)), rs.getString(2),
                        rs.getDouble(3)))
                .list();
        return jdbc.sql("SELECT id, source, title, description, language, employer_name, organization_id, city, region_code, "
                        + "nace_section, occupation_uri, isco_code, salary_from, salary_to, salary_currency, salary_kzt_month, "
                        + "experience, schedule, employment, tags, url, published_at, duplicate_of "
                        + "FROM labormarket.vacancy WHERE id = ?")
                .param(id).query((rs, n) -> details(rs, skills)).optional();
    }

    private static VacancyDetails details(ResultSet rs, List<VacancySkill> skills) throws SQLException {
        Array tags = rs.getArray("tags");
        return new VacancyDetails(rs.getLong("id"), rs.getString("source"), rs.getString("title"),
                rs.getString("description"), rs.getString("language"), rs.getString("employer_name"),
                rs.getObject("organization_id", UUID.class), rs.getString("city"), rs.getString("region_code"),
                rs.getString("nace_section"), rs.getString("occupation_uri"), rs.getString("isco_code"),
                rs.getBigDecimal("salary_from"), rs.getBigDecimal("salary_to"), rs.getString("salary_currency"),
                rs.getBigDecimal("salary_kzt_month"), rs.getString("experience"), rs.getString("schedule"),
                rs.getString("employment"), tags == null ? List.of() : Arrays.asList((String[]) tags.getArray()),
                rs.getString("url"), rs.getTimestamp("published_at").toInstant(), rs.getObject("duplicate_of", Long.class),
                skills);
    }
}
