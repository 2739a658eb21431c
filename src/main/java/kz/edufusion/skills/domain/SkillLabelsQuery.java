package kz.edufusion.skills.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import kz.edufusion.common.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Display labels: per skill and language the preferred label an administrator, the curators or ESCO gave, in that order. */
final class SkillLabelsQuery {

    static final String ORIGIN_ORDER = "CASE origin WHEN 'ADMIN' THEN 0 WHEN 'CURATED' THEN 1 ELSE 2 END";

    private SkillLabelsQuery() {
    }

    static Map<String, LocalizedText> displayLabels(JdbcClient jdbc, Collection<String> uris) {
        Map<String, LocalizedText> labels = new HashMap<>();
        if (uris.isEmpty()) {
            return labels;
        }
        Map<String, Map<String, String>> texts = new HashMap<>();
        jdbc.sql("SELECT DISTINCT ON (skill_uri, language) skill_uri, language, text FROM skills.skill_label "
                        + "WHERE skill_uri IN (:uris) AND kind = 'PREFERRED' "
                        + "ORDER BY skill_uri, language, " + ORIGIN_ORDER + ", id")
                .param("uris", List.copyOf(uris))
                .query(rs -> {
                    texts.computeIfAbsent(rs.getString(1), u -> new HashMap<>()).put(rs.getString(2), rs.getString(3));
                });
        List<String> unlabelled = uris.stream().filter(u -> !texts.containsKey(u)).toList();
        if (!unlabelled.isEmpty()) {
            // a skill whose preferred labels were all removed or merged away still shows one of its other labels
            jdbc.sql("SELECT DISTINCT ON (skill_uri, language) skill_uri, language, text FROM skills.skill_label "
                            + "WHERE skill_uri IN (:uris) ORDER BY skill_uri, language, " + ORIGIN_ORDER + ", id")
                    .param("uris", unlabelled)
                    .query(rs -> {
                        texts.computeIfAbsent(rs.getString(1), u -> new HashMap<>()).put(rs.getString(2), rs.getString(3));
                    });
        }
        for (String uri : uris) {
            Map<String, String> t = texts.getOrDefault(uri, Map.of());
            labels.put(uri, LocalizedText.of(t.get("kk"), t.get("ru"), t.get("en")));
        }
        return labels;
    }

    static LocalizedText displayLabel(JdbcClient jdbc, String uri) {
        return displayLabels(jdbc, List.of(uri)).get(uri);
    }
}
