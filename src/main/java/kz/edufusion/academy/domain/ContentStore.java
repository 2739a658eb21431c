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

/**
 * Modules, lessons, outcomes and checklist answers of a version. The outline of a version (modules and lessons with
 * the reader's progress) is one query; bodies are read only for the one lesson shown.
 */
@Repository
class ContentStore {

    private static final String LESSON = "l.id, l.version_id, l.module_id, l.lesson_key, l.position, l.title_kk, l.title_ru, "
            + "l.title_en, l.body_md_kk, l.body_md_ru, l.body_md_en, l.video_embed, l.video_link, l.minutes";

    private final JdbcClient jdbc;

    ContentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Modules in order with their lessons in order; {@code enrollmentId} (may be null) marks the completed ones. */
    List<ModuleView> outline(UUID versionId, UUID enrollmentId) {
        Map<UUID, ModuleView> modules = new LinkedHashMap<>();
        jdbc.sql("SELECT m.id, m.position, m.title_kk, m.title_ru, m.title_en FROM academy.course_module m "
                        + "WHERE m.version_id = ? ORDER BY m.position, m.id").param(versionId)
                .query((rs, n) -> new ModuleView(rs.getObject(1, UUID.class), rs.getInt(2), LocalizedText.of(rs.getString(3),
                        rs.getString(4), rs.getString(5)), new ArrayList<>()))
                .list().forEach(m -> modules.put(m.id(), m));
        jdbc.sql("SELECT l.id, l.module_id, l.lesson_key, l.position, l.title_kk, l.title_ru, l.title_en, l.minutes, "
                        + "l.video_embed IS NOT NULL, p.lesson_id IS NOT NULL FROM academy.lesson l "
                        + "LEFT JOIN academy.lesson_progress p ON p.lesson_id = l.id AND p.enrollment_id = ? "
                        + "WHERE l.version_id = ? ORDER BY l.position, l.id")
                .params(enrollmentId, versionId)
                .query((rs, n) -> new LessonSummary(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getInt(4), LocalizedText.of(rs.getString(5), rs.getString(6), rs.getString(7)),
                        (Integer) rs.getObject(8), rs.getBoolean(9), rs.getBoolean(10)))
                .list().forEach(l -> modules.get(l.moduleId()).lessons().add(l));
        return modules.values().stream().map(m -> new ModuleView(m.id(), m.position(), m.title(), List.copyOf(m.lessons()))).toList();
    }

    Optional<UUID> moduleVersion(UUID moduleId) {
        return jdbc.sql("SELECT version_id FROM academy.course_module WHERE id = ?").param(moduleId).query(UUID.class).optional();
    }

    void insertModule(UUID id, UUID versionId, LocalizedText title) {
        jdbc.sql("INSERT INTO academy.course_module (id, version_id, position, title_kk, title_ru, title_en) "
                        + "SELECT ?, ?, coalesce(max(position), 0) + 1, ?, ?, ? FROM academy.course_module WHERE version_id = ?")
                .params(id, versionId, title.kk(), title.ru(), title.en(), versionId).update();
    }

    void renameModule(UUID id, LocalizedText title) {
        jdbc.sql("UPDATE academy.course_module SET title_kk = ?, title_ru = ?, title_en = ? WHERE id = ?")
                .params(title.kk(), title.ru(), title.en(), id).update();
    }

    /** Lessons and quizzes in the module: a module is deleted only when it holds neither. */
    int itemsIn(UUID moduleId) {
        return jdbc.sql("SELECT (SELECT count(*) FROM academy.lesson WHERE module_id = ?) + (SELECT count(*) FROM academy.quiz "
                + "WHERE module_id = ?)").params(moduleId, moduleId).query(Integer.class).single();
    }

    void deleteModule(UUID id) {
        jdbc.sql("DELETE FROM academy.course_module WHERE id = ?").param(id).update();
    }

    /** Swaps the module with its neighbour before (up) or after it; nothing happens at either end. */
    void moveModule(UUID id, boolean up) {
        swap("academy.course_module", "version_id", id, up);
    }

    void moveLesson(UUID id, boolean up) {
        swap("academy.lesson", "module_id", id, up);
    }

    private void swap(String table, String parent, UUID id, boolean up) {
        jdbc.sql("WITH me AS (SELECT id, position, " + parent + " AS parent FROM " + table + " WHERE id = ?), "
                        + "other AS (SELECT t.id, t.position FROM " + table + " t, me WHERE t." + parent + " = me.parent AND t.id <> me.id "
                        + "AND t.position " + (up ? "<" : ">") + " me.position ORDER BY t.position " + (up ? "DESC" : "ASC") + " LIMIT 1) "
                        + "UPDATE " + table + " t SET position = CASE WHEN t.id = me.id THEN other.position ELSE me.position END "
                        + "FROM me, other WHERE t.id IN (me.id, other.id)")
                .param(id).update();
    }

    void insertLesson(UUID id, UUID versionId, UUID moduleId, LessonInput in, LocalizedText html, String embed) {
        jdbc.sql("INSERT INTO academy.lesson (id, version_id, module_id, lesson_key, position, title_kk, title_ru, title_en, "
                        + "body_md_kk, body_md_ru, body_md_en, body_html_kk, body_html_ru, body_html_en, video_embed, video_link, minutes) "
                        + "SELECT ?, ?, ?, ?, coalesce(max(position), 0) + 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? "
                        + "FROM academy.lesson WHERE module_id = ?")
                .params(id, versionId, moduleId, UUID.randomUUID(), in.title().kk(), in.title().ru(), in.title().en(),
                        in.body().kk(), in.body().ru(), in.body().en(), html.kk(), html.ru(), html.en(), embed, in.videoLink(),
                        in.minutes(), moduleId)
                .update();
    }

    void updateLesson(UUID id, LessonInput in, LocalizedText html, String embed) {
        jdbc.sql("UPDATE academy.lesson SET title_kk = ?, title_ru = ?, title_en = ?, body_md_kk = ?, body_md_ru = ?, "
                        + "body_md_en = ?, body_html_kk = ?, body_html_ru = ?, body_html_en = ?, video_embed = ?, video_link = ?, "
                        + "minutes = ? WHERE id = ?")
                .params(in.title().kk(), in.title().ru(), in.title().en(), in.body().kk(), in.body().ru(), in.body().en(),
                        html.kk(), html.ru(), html.en(), embed, in.videoLink(), in.minutes(), id)
                .update();
    }

    void storeHtml(UUID id, LocalizedText html) {
        jdbc.sql("UPDATE academy.lesson SET body_html_kk = ?, body_html_ru = ?, body_html_en = ? WHERE id = ?")
                .params(html.kk(), html.ru(), html.en(), id).update();
    }

    void deleteLesson(UUID id) {
        jdbc.sql("DELETE FROM academy.lesson_attachment WHERE lesson_id = ?").param(id).update();
        jdbc.sql("DELETE FROM academy.lesson WHERE id = ?").param(id).update();
    }

    Optional<LessonContent> lesson(UUID id) {
        return jdbc.sql("SELECT " + LESSON + ", l.body_html_kk, l.body_html_ru, l.body_html_en FROM academy.lesson l WHERE l.id = ?")
                .param(id).query(ContentStore::lesson).optional();
    }

    /** The lesson with only the HTML of one language (what the lesson page serves): no Markdown read. */
    Optional<LessonContent> servedLesson(UUID id, String language) {
        String html = "l.body_html_" + switch (language) { case "ru" -> "ru"; case "en" -> "en"; default -> "kk"; };
        return jdbc.sql("SELECT l.id, l.version_id, l.module_id, l.lesson_key, l.position, l.title_kk, l.title_ru, l.title_en, "
                        + "coalesce(" + html + ", l.body_html_kk, l.body_html_ru, l.body_html_en), l.video_embed, l.minutes "
                        + "FROM academy.lesson l WHERE l.id = ?")
                .param(id)
                .query((rs, n) -> new LessonContent(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, UUID.class), rs.getObject(4, UUID.class), rs.getInt(5),
                        LocalizedText.of(rs.getString(6), rs.getString(7), rs.getString(8)), LocalizedText.of(null, null, null),
                        LocalizedText.of(rs.getString(9), rs.getString(9), rs.getString(9)), rs.getString(10), null,
                        (Integer) rs.getObject(11)))
                .optional();
    }

    List<LessonContent> lessonsOf(UUID versionId) {
        return jdbc.sql("SELECT " + LESSON + ", l.body_html_kk, l.body_html_ru, l.body_html_en FROM academy.lesson l "
                + "WHERE l.version_id = ?").param(versionId).query(ContentStore::lesson).list();
    }

    List<OutcomeView> outcomes(UUID versionId) {
        return jdbc.sql("SELECT id, position, text_kk, text_ru, text_en, skill_uri, skill_label_kk, skill_label_ru, skill_label_en "
                        + "FROM academy.course_outcome WHERE version_id = ? ORDER BY position, id").param(versionId)
                .query((rs, n) -> new OutcomeView(rs.getObject(1, UUID.class), rs.getInt(2),
                        LocalizedText.of(rs.getString(3), rs.getString(4), rs.getString(5)), rs.getString(6),
                        LocalizedText.of(rs.getString(7), rs.getString(8), rs.getString(9))))
                .list();
    }

    void insertOutcome(UUID versionId, LocalizedText text, String skillUri, LocalizedText skillLabel) {
        jdbc.sql("INSERT INTO academy.course_outcome (id, version_id, position, text_kk, text_ru, text_en, skill_uri, "
                        + "skill_label_kk, skill_label_ru, skill_label_en) SELECT ?, ?, coalesce(max(position), 0) + 1, ?, ?, ?, ?, ?, ?, ? "
                        + "FROM academy.course_outcome WHERE version_id = ?")
                .params(UUID.randomUUID(), versionId, text.kk(), text.ru(), text.en(), skillUri, skillLabel.kk(), skillLabel.ru(),
                        skillLabel.en(), versionId)
                .update();
    }

    int deleteOutcome(UUID versionId, UUID outcomeId) {
        return jdbc.sql("DELETE FROM academy.course_outcome WHERE id = ? AND version_id = ?").params(outcomeId, versionId).update();
    }

    List<ChecklistAnswer> checklist(UUID versionId) {
        return jdbc.sql("SELECT item, answer, evidence FROM academy.checklist_answer WHERE version_id = ?").param(versionId)
                .query((rs, n) -> new ChecklistAnswer(ChecklistItem.valueOf(rs.getString(1)), rs.getBoolean(2), rs.getString(3)))
                .list();
    }

    void replaceChecklist(UUID versionId, Checklist checklist) {
        jdbc.sql("DELETE FROM academy.checklist_answer WHERE version_id = ?").param(versionId).update();
        checklist.answers().values().forEach(a -> jdbc.sql(
                        "INSERT INTO academy.checklist_answer (version_id, item, answer, evidence) VALUES (?, ?, ?, ?)")
                .params(versionId, a.item().name(), a.yes(), a.evidence()).update());
    }

    /**
     * Copies everything of a version into a new draft: modules and lessons (new ids, the same lesson keys), attachments,
     * outcomes, checklist answers. Prerequisites come with the version row. Lessons keep their HTML until re-rendered.
     */
    void copy(UUID from, UUID to) {
        jdbc.sql("CREATE TEMP TABLE IF NOT EXISTS academy_copy_ids (old_id uuid PRIMARY KEY, new_id uuid NOT NULL) ON COMMIT DROP").update();
        jdbc.sql("INSERT INTO academy_copy_ids SELECT id, gen_random_uuid() FROM academy.course_module WHERE version_id = ? "
                + "UNION ALL SELECT id, gen_random_uuid() FROM academy.lesson WHERE version_id = ?").params(from, from).update();
        jdbc.sql("INSERT INTO academy.course_module (id, version_id, position, title_kk, title_ru, title_en) "
                + "SELECT c.new_id, ?, m.position, m.title_kk, m.title_ru, m.title_en FROM academy.course_module m "
                + "JOIN academy_copy_ids c ON c.old_id = m.id WHERE m.version_id = ?").params(to, from).update();
        jdbc.sql("INSERT INTO academy.lesson (id, version_id, module_id, lesson_key, position, title_kk, title_ru, title_en, "
                + "body_md_kk, body_md_ru, body_md_en, body_html_kk, body_html_ru, body_html_en, video_embed, video_link, minutes) "
                + "SELECT c.new_id, ?, cm.new_id, l.lesson_key, l.position, l.title_kk, l.title_ru, l.title_en, l.body_md_kk, "
                + "l.body_md_ru, l.body_md_en, l.body_html_kk, l.body_html_ru, l.body_html_en, l.video_embed, l.video_link, l.minutes "
                + "FROM academy.lesson l JOIN academy_copy_ids c ON c.old_id = l.id JOIN academy_copy_ids cm ON cm.old_id = l.module_id "
                + "WHERE l.version_id = ?").params(to, from).update();
        jdbc.sql("INSERT INTO academy.lesson_attachment (id, lesson_id, version_id, kind, file_name, content_type, size_bytes, content) "
                + "SELECT gen_random_uuid(), c.new_id, ?, a.kind, a.file_name, a.content_type, a.size_bytes, a.content "
                + "FROM academy.lesson_attachment a JOIN academy_copy_ids c ON c.old_id = a.lesson_id WHERE a.version_id = ?")
                .params(to, from).update();
        jdbc.sql("INSERT INTO academy.course_outcome (id, version_id, position, text_kk, text_ru, text_en, skill_uri, skill_label_kk, "
                + "skill_label_ru, skill_label_en) SELECT gen_random_uuid(), ?, position, text_kk, text_ru, text_en, skill_uri, "
                + "skill_label_kk, skill_label_ru, skill_label_en FROM academy.course_outcome WHERE version_id = ?").params(to, from).update();
        jdbc.sql("INSERT INTO academy.checklist_answer (version_id, item, answer, evidence) SELECT ?, item, answer, evidence "
                + "FROM academy.checklist_answer WHERE version_id = ?").params(to, from).update();
        jdbc.sql("DELETE FROM academy_copy_ids").update();
    }

    private static LessonContent lesson(ResultSet rs, int row) throws SQLException {
        return new LessonContent(rs.getObject("id", UUID.class), rs.getObject("version_id", UUID.class),
                rs.getObject("module_id", UUID.class), rs.getObject("lesson_key", UUID.class), rs.getInt("position"),
                VersionStore.text(rs, "title"), VersionStore.text(rs, "body_md"), VersionStore.text(rs, "body_html"),
                rs.getString("video_embed"), rs.getString("video_link"), (Integer) rs.getObject("minutes"));
    }
}
