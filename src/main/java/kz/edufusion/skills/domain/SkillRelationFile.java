package kz.edufusion.skills.domain;

import kz.edufusion.common.csv.CsvRow;
import kz.edufusion.common.csv.RejectedRow;
import java.util.List;

/** ESCO {@code skillSkillRelations_en.csv}: essential and optional relations between skills. */
record SkillRelationFile() implements SkillFile {

    static final String UPSERT = """
            INSERT INTO skills.skill_relation AS t (from_uri, to_uri, relation_type) VALUES (?, ?, ?)
            ON CONFLICT (from_uri, to_uri) DO UPDATE SET relation_type = EXCLUDED.relation_type, updated_at = now()
            WHERE t.relation_type IS DISTINCT FROM EXCLUDED.relation_type""";

    @Override
    public String dataset() {
        return "relations";
    }

    @Override
    public String file() {
        return "esco/skillSkillRelations_en.csv";
    }

    @Override
    public List<String> columns() {
        return List.of("originalSkillUri", "relationType", "relatedSkillUri");
    }

    @Override
    public boolean esco() {
        return true;
    }

    @Override
    public List<Stmt> convert(CsvRow row, String escoVersion) {
        String from = SkillTypes.uri(row, "originalSkillUri");
        String to = SkillTypes.uri(row, "relatedSkillUri");
        String type = row.required("relationType");
        if (!type.equals("essential") && !type.equals("optional")) {
            throw new RejectedRow("relationType '" + type + "' is not essential or optional");
        }
        if (from.equals(to)) {
            throw new RejectedRow("a skill cannot be related to itself");
        }
        return List.of(Stmt.dependent(UPSERT, from, to, type));
    }
}
