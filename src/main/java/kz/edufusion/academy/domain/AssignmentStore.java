package kz.edufusion.academy.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kz.edufusion.common.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Assignments and their rubrics (content of a version: writes reach only drafts, the trigger sees to it). */
@Repository
class AssignmentStore {

    private static final String COLUMNS = "a.id, a.version_id, a.module_id, a.assignment_key, a.position, a.title_kk, a.title_ru, "
            + "a.title_en, a.instructions_md_kk, a.instructions_md_ru, a.instructions_md_en, a.instructions_html_kk, "
            + "a.instructions_html_ru, a.instructions_html_en, a.pass_percent, a.accepts_text, a.accepts_file, a.file_max_mb, "
            + "a.due_days, a.resubmission";

    private final JdbcClient jdbc;

    AssignmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, UUID versionId, UUID moduleId, AssignmentInput a, LocalizedText html) {
        jdbc.sql("INSERT INTO academy.assignment (id, version_id, module_id, assignment_key, position, title_kk, title_ru, title_en, "
                        + "instructions_md_kk, instructions_md_ru, instructions_md_en, instructions_html_kk, instructions_html_ru, "
                        + "instructions_html_en, pass_percent, accepts_text, accepts_file, file_max_mb, due_days, resubmission) "
                        + "SELECT ?, ?, ?, gen_random_uuid(), coalesce(max(position), 0) + 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? "
                        + "FROM academy.assignment WHERE module_id = ?")
                .params(id, versionId, moduleId, a.title().kk(), a.title().ru(), a.title().en(), a.instructions().kk(),
                        a.instructions().ru(), a.instructions().en(), html.kk(), html.ru(), html.en(), a.passPercent(),
                        a.acceptsText(), a.acceptsFile(), a.fileMaxMb(), a.dueDays(), a.resubmission().name(), moduleId)
                .update();
    }

    void update(UUID id, AssignmentInput a, LocalizedText html) {
        jdbc.sql("UPDATE academy.assignment SET title_kk = ?, title_ru = ?, title_en = ?, instructions_md_kk = ?, "
                        + "instructions_md_ru = ?, instructions_md_en = ?, instructions_html_kk = ?, instructions_html_ru = ?, "
                        + "instructions_html_en = ?, pass_percent = ?, accepts_text = ?, accepts_file = ?, file_max_mb = ?, "
                        + "due_days = ?, resubmission = ? WHERE id = ?")
                .params(a.title().kk(), a.title().ru(), a.title().en(), a.instructions().kk(), a.instructions().ru(),
                        a.instructions().en(), html.kk(), html.ru(), html.en(), a.passPercent(), a.acceptsText(), a.acceptsFile(),
                        a.fileMaxMb(), a.dueDays(), a.resubmission().name(), id)
                .update();
    }

    void delete(UUID id) {
        jdbc.sql("DELETE FROM academy.assignment WHERE id = ?").param(id).update();
    }

    Optional<AssignmentView> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM academy.assignment a WHERE a.id = ?").param(id)
                .query(AssignmentStore::assignment).optional().map(a -> a.withCriteria(criteria(a.id())));
    }

    List<AssignmentView> ofVersion(UUID versionId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM academy.assignment a JOIN academy.course_module m ON m.id = a.module_id "
                        + "WHERE a.version_id = ? ORDER BY m.position, a.position").param(versionId)
                .query(AssignmentStore::assignment).list().stream().map(a -> a.withCriteria(criteria(a.id()))).toList();
    }

    /** Module id -> its assignments in order, for outlines (no instructions, no rubric). */
    Map<UUID, List<AssignmentSummary>> outline(UUID versionId) {
        Map<UUID, List<AssignmentSummary>> byModule = new LinkedHashMap<>();
        jdbc.sql("SELECT id, module_id, assignment_key, position, title_kk, title_ru, title_en FROM academy.assignment "
                        + "WHERE version_id = ? ORDER BY position, id").param(versionId)
                .query((rs, n) -> new AssignmentSummary(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getInt(4), LocalizedText.of(rs.getString(5), rs.getString(6), rs.getString(7))))
                .list().forEach(a -> byModule.computeIfAbsent(a.moduleId(), k -> new ArrayList<>()).add(a));
        return byModule;
    }

    void insertCriterion(UUID assignmentId, UUID versionId, CriterionInput c) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO academy.rubric_criterion (id, assignment_id, version_id, criterion_key, position, title_kk, title_ru, "
                        + "title_en, description_kk, description_ru, description_en) SELECT ?, ?, ?, gen_random_uuid(), "
                        + "coalesce(max(position), 0) + 1, ?, ?, ?, ?, ?, ? FROM academy.rubric_criterion WHERE assignment_id = ?")
                .params(id, assignmentId, versionId, c.title().kk(), c.title().ru(), c.title().en(), c.description().kk(),
                        c.description().ru(), c.description().en(), assignmentId)
                .update();
        for (LevelInput l : c.levels()) {
            jdbc.sql("INSERT INTO academy.rubric_level (id, criterion_id, version_id, points, label_kk, label_ru, label_en, "
                            + "description_kk, description_ru, description_en) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(UUID.randomUUID(), id, versionId, l.points(), l.label().kk(), l.label().ru(), l.label().en(),
                            l.description().kk(), l.description().ru(), l.description().en())
                    .update();
        }
    }

    void deleteCriteria(UUID assignmentId) {
        jdbc.sql("DELETE FROM academy.rubric_criterion WHERE assignment_id = ?").param(assignmentId).update();
    }

    Optional<UUID> assignmentOfCriterion(UUID criterionId) {
        return jdbc.sql("SELECT assignment_id FROM academy.rubric_criterion WHERE id = ?").param(criterionId).query(UUID.class)
                .optional();
    }

    void deleteCriterion(UUID criterionId) {
        jdbc.sql("DELETE FROM academy.rubric_criterion WHERE id = ?").param(criterionId).update();
    }

    List<RubricCriterion> criteria(UUID assignmentId) {
        Map<UUID, RubricCriterion> criteria = new LinkedHashMap<>();
        jdbc.sql("SELECT id, criterion_key, position, title_kk, title_ru, title_en, description_kk, description_ru, description_en "
                        + "FROM academy.rubric_criterion WHERE assignment_id = ? ORDER BY position, id").param(assignmentId)
                .query((rs, n) -> new RubricCriterion(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getInt(3),
                        VersionStore.text(rs, "title"), VersionStore.text(rs, "description"), new ArrayList<>()))
                .list().forEach(c -> criteria.put(c.id(), c));
        jdbc.sql("SELECT l.criterion_id, l.id, l.points, l.label_kk, l.label_ru, l.label_en, l.description_kk, l.description_ru, "
                        + "l.description_en FROM academy.rubric_level l JOIN academy.rubric_criterion c ON c.id = l.criterion_id "
                        + "WHERE c.assignment_id = ? ORDER BY l.points DESC").param(assignmentId)
                .query((rs, n) -> {
                    criteria.get(rs.getObject(1, UUID.class)).levels().add(new RubricLevel(rs.getObject(2, UUID.class), rs.getInt(3),
                            VersionStore.text(rs, "label"), VersionStore.text(rs, "description")));
                    return 1;
                })
                .list();
        return criteria.values().stream().map(c -> new RubricCriterion(c.id(), c.criterionKey(), c.position(), c.title(),
                c.description(), List.copyOf(c.levels()))).toList();
    }

    /**
     * Copies the assignments and rubrics of one version into another, keeping assignment and criterion keys. Runs
     * after {@link ContentStore#copy}: each assignment goes to the new module at its old module's position (the copy
     * keeps positions, and they are distinct within a version).
     */
    void copy(UUID from, UUID to) {
        jdbc.sql("CREATE TEMP TABLE IF NOT EXISTS academy_assignment_copy_ids (old_id uuid PRIMARY KEY, new_id uuid NOT NULL) "
                + "ON COMMIT DROP").update();
        jdbc.sql("INSERT INTO academy_assignment_copy_ids SELECT id, gen_random_uuid() FROM academy.assignment WHERE version_id = ? "
                        + "UNION ALL SELECT id, gen_random_uuid() FROM academy.rubric_criterion WHERE version_id = ?")
                .params(from, from).update();
        jdbc.sql("INSERT INTO academy.assignment (id, version_id, module_id, assignment_key, position, title_kk, title_ru, title_en, "
                        + "instructions_md_kk, instructions_md_ru, instructions_md_en, instructions_html_kk, instructions_html_ru, "
                        + "instructions_html_en, pass_percent, accepts_text, accepts_file, file_max_mb, due_days, resubmission) "
                        + "SELECT c.new_id, ?, nm.id, a.assignment_key, a.position, a.title_kk, a.title_ru, a.title_en, "
                        + "a.instructions_md_kk, a.instructions_md_ru, a.instructions_md_en, a.instructions_html_kk, "
                        + "a.instructions_html_ru, a.instructions_html_en, a.pass_percent, a.accepts_text, a.accepts_file, "
                        + "a.file_max_mb, a.due_days, a.resubmission FROM academy.assignment a "
                        + "JOIN academy_assignment_copy_ids c ON c.old_id = a.id JOIN academy.course_module om ON om.id = a.module_id "
                        + "JOIN academy.course_module nm ON nm.version_id = ? AND nm.position = om.position WHERE a.version_id = ?")
                .params(to, to, from).update();
        jdbc.sql("INSERT INTO academy.rubric_criterion (id, assignment_id, version_id, criterion_key, position, title_kk, title_ru, "
                        + "title_en, description_kk, description_ru, description_en) SELECT c.new_id, ca.new_id, ?, r.criterion_key, "
                        + "r.position, r.title_kk, r.title_ru, r.title_en, r.description_kk, r.description_ru, r.description_en "
                        + "FROM academy.rubric_criterion r JOIN academy_assignment_copy_ids c ON c.old_id = r.id "
                        + "JOIN academy_assignment_copy_ids ca ON ca.old_id = r.assignment_id WHERE r.version_id = ?")
                .params(to, from).update();
        jdbc.sql("INSERT INTO academy.rubric_level (id, criterion_id, version_id, points, label_kk, label_ru, label_en, "
                        + "description_kk, description_ru, description_en) SELECT gen_random_uuid(), c.new_id, ?, l.points, "
                        + "l.label_kk, l.label_ru, l.label_en, l.description_kk, l.description_ru, l.description_en "
                        + "FROM academy.rubric_level l JOIN academy_assignment_copy_ids c ON c.old_id = l.criterion_id "
                        + "WHERE l.version_id = ?")
                .params(to, from).update();
        jdbc.sql("DELETE FROM academy_assignment_copy_ids").update();
    }

    private static AssignmentView assignment(ResultSet rs, int row) throws SQLException {
        return new AssignmentView(rs.getObject("id", UUID.class), rs.getObject("version_id", UUID.class),
                rs.getObject("module_id", UUID.class), rs.getObject("assignment_key", UUID.class), rs.getInt("position"),
                VersionStore.text(rs, "title"), VersionStore.text(rs, "instructions_md"), VersionStore.text(rs, "instructions_html"),
                rs.getInt("pass_percent"), rs.getBoolean("accepts_text"), rs.getBoolean("accepts_file"), rs.getInt("file_max_mb"),
                (Integer) rs.getObject("due_days"), Resubmission.valueOf(rs.getString("resubmission")), List.of());
    }
}
