package kz.edufusion.skills.domain;

import kz.edufusion.common.csv.CsvRow;
import kz.edufusion.common.csv.RejectedRow;
import java.util.List;

/** ESCO {@code skillGroups_en.csv}: the concepts of the skills-pillar hierarchy (S1, S1.1, ... and ISCED-F fields). */
record SkillGroupFile() implements SkillFile {

    static final String UPSERT = """
            INSERT INTO skills.skill_group AS t (uri, code, preferred_label, alt_labels, description, status, esco_version)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (uri) DO UPDATE SET code = EXCLUDED.code, preferred_label = EXCLUDED.preferred_label,
                alt_labels = EXCLUDED.alt_labels, description = EXCLUDED.description, status = EXCLUDED.status,
                esco_version = EXCLUDED.esco_version, updated_at = now()
            WHERE (t.code, t.preferred_label, t.alt_labels, t.description, t.status, t.esco_version)
                IS DISTINCT FROM (EXCLUDED.code, EXCLUDED.preferred_label, EXCLUDED.alt_labels, EXCLUDED.description,
                    EXCLUDED.status, EXCLUDED.esco_version)""";

    @Override
    public String dataset() {
        return "groups";
    }

    @Override
    public String file() {
        return "esco/skillGroups_en.csv";
    }

    @Override
    public List<String> columns() {
        return List.of("conceptType", "conceptUri", "preferredLabel", "altLabels", "status", "description", "code");
    }

    @Override
    public boolean esco() {
        return true;
    }

    @Override
    public List<Stmt> convert(CsvRow row, String escoVersion) {
        String conceptType = row.required("conceptType");
        if (!"SkillGroup".equals(conceptType)) {
            throw new RejectedRow("conceptType '" + conceptType + "' is not SkillGroup");
        }
        String altLabels = String.join("\n", Labels.split(row.optional("altLabels")));
        return List.of(Stmt.skill(UPSERT, SkillTypes.uri(row, "conceptUri"), row.optional("code"),
                row.required("preferredLabel"), altLabels.isEmpty() ? null : altLabels, row.optional("description"),
                row.optional("status"), escoVersion));
    }
}
