package kz.edufusion.skills.domain;

import kz.edufusion.common.csv.CsvRow;
import kz.edufusion.common.csv.RejectedRow;
import java.util.List;

/**
 * ESCO {@code skillsHierarchy_en.csv}: each row is a path from level 0 down to its deepest level; the row
 * contributes the edge from that level's parent. Level-0 rows (the roots) contribute none.
 */
record SkillHierarchyFile() implements SkillFile {

    static final String UPSERT = """
            INSERT INTO skills.skill_hierarchy AS t (parent_uri, child_uri, level) VALUES (?, ?, ?)
            ON CONFLICT (parent_uri, child_uri) DO UPDATE SET level = EXCLUDED.level, updated_at = now()
            WHERE t.level IS DISTINCT FROM EXCLUDED.level""";

    @Override
    public String dataset() {
        return "hierarchy";
    }

    @Override
    public String file() {
        return "esco/skillsHierarchy_en.csv";
    }

    @Override
    public List<String> columns() {
        return List.of("Level 0 URI", "Level 1 URI", "Level 2 URI", "Level 3 URI");
    }

    @Override
    public boolean esco() {
        return true;
    }

    @Override
    public List<Stmt> convert(CsvRow row, String escoVersion) {
        SkillTypes.uri(row, "Level 0 URI");
        int deepest = 0;
        for (int level = 1; level <= 3; level++) {
            if (row.optional("Level " + level + " URI") != null) {
                deepest = level;
            }
        }
        if (deepest == 0) {
            return List.of();
        }
        String parent = SkillTypes.uri(row, "Level " + (deepest - 1) + " URI");
        String child = SkillTypes.uri(row, "Level " + deepest + " URI");
        if (parent.equals(child)) {
            throw new RejectedRow("level " + deepest + " concept is its own parent");
        }
        return List.of(Stmt.dependent(UPSERT, parent, child, deepest));
    }
}
