package kz.edufusion.skills.domain;

import kz.edufusion.common.csv.CsvRow;
import kz.edufusion.common.csv.RejectedRow;
import java.util.ArrayList;
import java.util.List;

/**
 * The EduFusion team's {@code curated-skills.csv} (format in {@code skills/README.md}): kk/ru/en preferred
 * labels and employer synonyms for ESCO skills, and custom skills ESCO lacks. An ESCO skill that is not
 * imported yet gets a placeholder row that a later ESCO import completes, so no curated label is lost.
 */
record CuratedSkillFile() implements SkillFile {

    static final String ESCO_PREFIX = "http://data.europa.eu/esco/skill/";
    static final String CUSTOM_PREFIX = "https://edufusion.kz/skill/";
    static final List<String> LANGUAGES = List.of("kk", "ru", "en");

    static final String ESCO_PLACEHOLDER = """
            INSERT INTO skills.skill (uri, source, type) VALUES (?, 'ESCO', ?) ON CONFLICT (uri) DO NOTHING""";

    static final String CUSTOM_UPSERT = """
            INSERT INTO skills.skill AS t (uri, source, type, broader_uri) VALUES (?, 'CUSTOM', ?, ?)
            ON CONFLICT (uri) DO UPDATE SET type = EXCLUDED.type, broader_uri = EXCLUDED.broader_uri, updated_at = now()
            WHERE t.source = 'CUSTOM' AND (t.type, t.broader_uri) IS DISTINCT FROM (EXCLUDED.type, EXCLUDED.broader_uri)""";

    @Override
    public String dataset() {
        return "curated";
    }

    @Override
    public String file() {
        return "curated-skills.csv";
    }

    @Override
    public List<String> columns() {
        return List.of("uri", "esco_uri", "broader_uri", "type", "label_en", "label_ru", "label_kk",
                "synonyms_en", "synonyms_ru", "synonyms_kk");
    }

    @Override
    public boolean esco() {
        return false;
    }

    @Override
    public List<Stmt> convert(CsvRow row, String escoVersion) {
        String uri = SkillTypes.uri(row, "uri");
        String escoUri = SkillTypes.optionalUri(row, "esco_uri");
        String type = SkillTypes.type(row.required("type"));
        List<Stmt> statements = new ArrayList<>();
        if (escoUri != null) {
            if (!escoUri.equals(uri)) {
                throw new RejectedRow("esco_uri must equal uri for an ESCO skill");
            }
            if (!uri.startsWith(ESCO_PREFIX)) {
                throw new RejectedRow("uri '" + uri + "' is not an ESCO skill URI (" + ESCO_PREFIX + "...)");
            }
            statements.add(Stmt.skill(ESCO_PLACEHOLDER, uri, type));
        } else {
            if (!uri.startsWith(CUSTOM_PREFIX)) {
                throw new RejectedRow("a custom skill needs a uri starting with " + CUSTOM_PREFIX);
            }
            statements.add(Stmt.skill(CUSTOM_UPSERT, uri, type, SkillTypes.optionalUri(row, "broader_uri")));
        }
        Labels labels = new Labels(uri, "CURATED");
        for (String language : LANGUAGES) {
            labels.add(language, row.optional("label_" + language), "PREFERRED");
        }
        for (String language : LANGUAGES) {
            labels.addAll(language, Labels.split(row.optional("synonyms_" + language)), "SYNONYM");
        }
        if (labels.statements().isEmpty()) {
            throw new RejectedRow("no label in any language");
        }
        statements.addAll(labels.statements());
        return statements;
    }
}
