package kz.edufusion.skills.domain;

import java.util.List;
import java.util.Locale;
import kz.edufusion.common.PageQuery;
import kz.edufusion.common.PageResponse;
import kz.edufusion.skills.SkillHit;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Ranked label search. Every label that contains the query counts; each skill (a merged skill counts as
 * its target) is ranked by its best label: exact match, then prefix, then contains; preferred before other
 * kinds; the asked language before others; shorter labels first.
 */
final class SkillSearch {

    private static final String RANKED = """
            WITH hits AS (
                SELECT COALESCE(s.merged_into_uri, s.uri) AS target, l.text, l.language,
                       CASE WHEN l.normalized = :q THEN 0 WHEN l.normalized LIKE :prefix ESCAPE '\\' THEN 1 ELSE 2 END AS match_rank,
                       CASE WHEN l.kind = 'PREFERRED' THEN 0 ELSE 1 END AS kind_rank,
                       CASE WHEN l.language = :lang THEN 0 ELSE 1 END AS lang_rank
                FROM skills.skill_label l JOIN skills.skill s ON s.uri = l.skill_uri
                WHERE l.normalized LIKE :contains ESCAPE '\\'
            ), best AS (
                SELECT DISTINCT ON (target) target, text, language, match_rank, kind_rank, lang_rank FROM hits
                ORDER BY target, match_rank, kind_rank, lang_rank, length(text), text
            )
            SELECT b.target, b.text, b.language, t.type, t.source, count(*) OVER () AS total
            FROM best b JOIN skills.skill t ON t.uri = b.target
            ORDER BY b.match_rank, b.kind_rank, b.lang_rank, length(b.text), b.text, b.target
            LIMIT :limit OFFSET :offset""";

    private static final String ALL = """
            SELECT s.uri AS target, NULL AS text, NULL AS language, s.type, s.source, count(*) OVER () AS total
            FROM skills.skill s WHERE s.merged_into_uri IS NULL
            ORDER BY (SELECT min(l.normalized) FROM skills.skill_label l WHERE l.skill_uri = s.uri AND l.kind = 'PREFERRED'
                      AND l.language = :lang) NULLS LAST,
                     (SELECT min(l.normalized) FROM skills.skill_label l WHERE l.skill_uri = s.uri AND l.kind = 'PREFERRED'),
                     s.uri
            LIMIT :limit OFFSET :offset""";

    private final JdbcClient jdbc;

    SkillSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    PageResponse<SkillHit> search(String q, String language, PageQuery page) {
        String text = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
        String lang = language == null ? "en" : language;
        JdbcClient.StatementSpec statement;
        if (text.isEmpty()) {
            statement = jdbc.sql(ALL);
        } else {
            String escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
            statement = jdbc.sql(RANKED).param("q", text).param("prefix", escaped + "%")
                    .param("contains", "%" + escaped + "%");
        }
        long[] total = {0};
        List<Row> rows = statement.param("lang", lang).param("limit", page.size()).param("offset", page.offset())
                .query((rs, n) -> {
                    total[0] = rs.getLong("total");
                    return new Row(rs.getString("target"), rs.getString("text"), rs.getString("language"),
                            rs.getString("type"), rs.getString("source"));
                }).list();
        if (rows.isEmpty() && page.page() > 0) {
            total[0] = search(q, language, new PageQuery(0, 1)).totalItems();
        }
        var labels = SkillLabelsQuery.displayLabels(jdbc, rows.stream().map(Row::uri).toList());
        List<SkillHit> hits = rows.stream().map(r -> new SkillHit(r.uri(), labels.get(r.uri()), r.text(), r.language(),
                r.type(), r.source())).toList();
        return PageResponse.of(hits, page, total[0]);
    }

    private record Row(String uri, String text, String language, String type, String source) {
    }

}
