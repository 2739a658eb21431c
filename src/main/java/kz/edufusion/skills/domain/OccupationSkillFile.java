package kz.edufusion.skills.domain;

import kz.edufusion.common.csv.CsvRow;
import kz.edufusion.common.csv.RejectedRow;
import java.util.List;
import java.util.Set;

/**
 * ESCO {@code occupationSkillRelations_en.csv}: the essential and optional skills of each occupation. ESCO ships
 * it only with the full skills pillar, so a row whose skill is not in the taxonomy is rejected (the operator
 * supplies skills_en.csv with it) instead of being kept for a skill nobody can show; the occupation must be one
 * of the reference module's. The instance in {@link SkillImporter#FILES} knows no concepts yet: the importer
 * {@link #prepared prepares} it with the URIs that exist when the import starts.
 */
record OccupationSkillFile(Set<String> skills, Set<String> occupations) implements SkillFile {

    static final String UPSERT = """
            INSERT INTO skills.occupation_skill AS t (occupation_uri, skill_uri, relation, skill_type, esco_version)
            VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (occupation_uri, skill_uri) DO UPDATE SET relation = EXCLUDED.relation,
                skill_type = EXCLUDED.skill_type, esco_version = EXCLUDED.esco_version, updated_at = now()
            WHERE (t.relation, t.skill_type, t.esco_version)
                IS DISTINCT FROM (EXCLUDED.relation, EXCLUDED.skill_type, EXCLUDED.esco_version)""";

    static OccupationSkillFile unprepared() {
        return new OccupationSkillFile(null, null);
    }

    @Override
    public SkillFile prepared(KnownConcepts known) {
        return new OccupationSkillFile(known.skillUris(), known.occupationUris());
    }

    @Override
    public String dataset() {
        return "occupation-skills";
    }

    @Override
    public String file() {
        return "esco/occupationSkillRelations_en.csv";
    }

    @Override
    public List<String> columns() {
        return List.of("occupationUri", "relationType", "skillType", "skillUri");
    }

    @Override
    public boolean esco() {
        return true;
    }

    @Override
    public List<Stmt> convert(CsvRow row, String escoVersion) {
        if (skills == null || occupations == null) {
            throw new IllegalStateException("the occupation-skill file must be prepared before its rows are read");
        }
        String occupation = SkillTypes.uri(row, "occupationUri");
        String skill = SkillTypes.uri(row, "skillUri");
        String relation = row.required("relationType");
        if (!relation.equals("essential") && !relation.equals("optional")) {
            throw new RejectedRow("relationType '" + relation + "' is not essential or optional");
        }
        String type = row.optional("skillType");
        if (type != null && !type.equals("knowledge") && !type.equals("skill/competence")) {
            throw new RejectedRow("skillType '" + type + "' is not knowledge or skill/competence");
        }
        if (!occupations.contains(occupation)) {
            throw new RejectedRow("occupation " + occupation + " is not in the reference data");
        }
        if (!skills.contains(skill)) {
            throw new RejectedRow("skill " + skill + " is not in the taxonomy (supply skills_en.csv with this file; "
                    + "once it is imported, re-run with --force)");
        }
        return List.of(Stmt.dependent(UPSERT, occupation, skill, relation, SkillTypes.type(type), escoVersion));
    }
}
