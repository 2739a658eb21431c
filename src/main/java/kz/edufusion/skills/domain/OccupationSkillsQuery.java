package kz.edufusion.skills.domain;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.skills.OccupationDemand;
import kz.edufusion.skills.OccupationSkill;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads skills.occupation_skill with merged skills redirected to their target (merges are kept one hop deep).
 * When an occupation names both a duplicate and its target, the stronger relation wins: 'essential' sorts
 * before 'optional', so {@code min(relation)} is it.
 */
final class OccupationSkillsQuery {

    private final JdbcClient jdbc;

    OccupationSkillsQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<OccupationSkill> skillsOf(String occupationUri) {
        record Row(String uri, String relation, String type) {
        }
        List<Row> rows = jdbc.sql("""
                SELECT t.uri, min(o.relation) AS relation, COALESCE(t.type, min(o.skill_type)) AS type
                FROM skills.occupation_skill o
                JOIN skills.skill s ON s.uri = o.skill_uri
                JOIN skills.skill t ON t.uri = COALESCE(s.merged_into_uri, s.uri)
                WHERE o.occupation_uri = ? GROUP BY t.uri, t.type""")
                .param(occupationUri)
                .query((rs, n) -> new Row(rs.getString("uri"), rs.getString("relation"), rs.getString("type"))).list();
        Map<String, LocalizedText> labels = SkillLabelsQuery.displayLabels(jdbc, rows.stream().map(Row::uri).toList());
        return rows.stream()
                .map(r -> new OccupationSkill(occupationUri, r.uri(), labels.get(r.uri()), r.relation(), r.type()))
                .sorted(Comparator.comparing(OccupationSkill::relation)
                        .thenComparing(s -> s.label().in("en"), String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** {@code skillUri} is already resolved: the target of any merge. */
    List<String> occupationsRequiring(String skillUri) {
        return jdbc.sql("""
                SELECT occupation_uri FROM skills.occupation_skill
                WHERE skill_uri IN (SELECT uri FROM skills.skill WHERE uri = :uri OR merged_into_uri = :uri)
                GROUP BY occupation_uri ORDER BY min(relation), occupation_uri""")
                .param("uri", skillUri).query(String.class).list();
    }

    /** {@code skillUri} is already resolved; empty while the table holds no relation at all. */
    Optional<OccupationDemand> demand(String skillUri) {
        if (!imported()) {
            return Optional.empty();
        }
        return Optional.of(jdbc.sql("""
                SELECT count(*) FILTER (WHERE relation = 'essential'), count(*) FILTER (WHERE relation = 'optional')
                FROM (SELECT min(relation) AS relation FROM skills.occupation_skill
                      WHERE skill_uri IN (SELECT uri FROM skills.skill WHERE uri = :uri OR merged_into_uri = :uri)
                      GROUP BY occupation_uri) per_occupation""")
                .param("uri", skillUri)
                .query((rs, n) -> new OccupationDemand(rs.getLong(1), rs.getLong(2))).single());
    }

    boolean imported() {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM skills.occupation_skill)").query(Boolean.class).single();
    }
}
