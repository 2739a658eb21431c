package kz.edufusion.skills.domain;

import kz.edufusion.common.csv.CsvRow;
import kz.edufusion.common.csv.RejectedRow;
import java.util.ArrayList;
import kz.edufusion.skills.extraction.SkillDictionaryLoader;
import java.util.List;

/**
 * An ESCO skill file: one of the six collections (which also make the skill a member of the collection
 * and name its broader concepts) or the full {@code skills_en.csv} of the skills pillar (which adds hidden
 * labels but no broader concept). Columns are found by name, so both layouts and column orders work.
 */
record EscoSkillFile(String dataset, String file, String collection) implements SkillFile {

    static final List<String> COLLECTION_COLUMNS = List.of("conceptType", "conceptUri", "preferredLabel", "status",
            "skillType", "reuseLevel", "altLabels", "description", "broaderConceptUri");
    static final List<String> FULL_COLUMNS = List.of("conceptType", "conceptUri", "skillType", "reuseLevel",
            "preferredLabel", "altLabels", "hiddenLabels", "status", "description");

    /**
     * Idempotent upsert of an ESCO skill. A file without a value (the full file has no broader concept)
     * keeps what another file brought; a merge decided by an administrator is never undone.
     */
    static final String UPSERT = """
            INSERT INTO skills.skill AS t (uri, source, type, reuse_level, status, description_en, broader_uri, esco_version)
            VALUES (?, 'ESCO', ?, ?, ?, ?, ?, ?)
            ON CONFLICT (uri) DO UPDATE SET source = 'ESCO', type = COALESCE(EXCLUDED.type, t.type),
                reuse_level = COALESCE(EXCLUDED.reuse_level, t.reuse_level), status = COALESCE(EXCLUDED.status, t.status),
                description_en = COALESCE(EXCLUDED.description_en, t.description_en),
                broader_uri = COALESCE(EXCLUDED.broader_uri, t.broader_uri), esco_version = EXCLUDED.esco_version,
                updated_at = now()
            WHERE (t.source, t.type, t.reuse_level, t.status, t.description_en, t.broader_uri, t.esco_version)
                IS DISTINCT FROM ('ESCO', COALESCE(EXCLUDED.type, t.type), COALESCE(EXCLUDED.reuse_level, t.reuse_level),
                    COALESCE(EXCLUDED.status, t.status), COALESCE(EXCLUDED.description_en, t.description_en),
                    COALESCE(EXCLUDED.broader_uri, t.broader_uri), EXCLUDED.esco_version)""";

    static final String MEMBER = """
            INSERT INTO skills.skill_collection_member (collection, skill_uri) VALUES (?, ?)
            ON CONFLICT DO NOTHING""";

    static EscoSkillFile collection(String collection, String fileName) {
        return new EscoSkillFile(collection, "esco/" + fileName, collection);
    }

    static EscoSkillFile full() {
        return new EscoSkillFile("skills", "esco/skills_en.csv", null);
    }

    @Override
    public List<String> columns() {
        return collection == null ? FULL_COLUMNS : COLLECTION_COLUMNS;
    }

    @Override
    public boolean esco() {
        return true;
    }

    @Override
    public List<Stmt> convert(CsvRow row, String escoVersion) {
        String conceptType = row.required("conceptType");
        if (!"KnowledgeSkillCompetence".equals(conceptType)) {
            throw new RejectedRow("conceptType '" + conceptType + "' is not KnowledgeSkillCompetence");
        }
        String uri = SkillTypes.uri(row, "conceptUri");
        String preferred = row.required("preferredLabel");
        Labels labels = new Labels(uri, "ESCO").add("en", preferred, "PREFERRED")
                .addAll("en", Labels.split(row.optional("altLabels")), "ALT")
                .addAll("en", Labels.split(row.optional("hiddenLabels")), "HIDDEN");
        List<Stmt> statements = new ArrayList<>();
        statements.add(Stmt.skill(UPSERT, uri, SkillTypes.type(row.optional("skillType")), row.optional("reuseLevel"),
                row.optional("status"), row.optional("description"), broader(row.optional("broaderConceptUri")),
                escoVersion));
        statements.addAll(labels.statements());
        if (collection != null) {
            statements.add(Stmt.dependent(MEMBER, collection, uri));
        }
        return statements;
    }

    /** The first broader skill concept, read as the extraction dictionary reads the bundled files. */
    static String broader(String list) {
        return SkillDictionaryLoader.broaderConcept(list);
    }
}
