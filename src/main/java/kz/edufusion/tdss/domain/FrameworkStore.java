package kz.edufusion.tdss.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.edufusion.common.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables of frameworks, items and target levels. */
@Repository
class FrameworkStore {

    private final JdbcClient jdbc;

    FrameworkStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record FrameworkRow(UUID id, String code, LocalizedText title, LocalizedText description) {
    }

    Optional<FrameworkRow> framework(String code) {
        return jdbc.sql("SELECT id, code, title_kk, title_ru, title_en, description_kk, description_ru, description_en FROM tdss.framework WHERE code = ?")
                .param(code).query((rs, n) -> new FrameworkRow(rs.getObject("id", UUID.class), rs.getString("code"),
                        LocalizedText.of(rs.getString("title_kk"), rs.getString("title_ru"), rs.getString("title_en")),
                        LocalizedText.of(rs.getString("description_kk"), rs.getString("description_ru"), rs.getString("description_en"))))
                .optional();
    }

    List<String> codes() {
        return jdbc.sql("SELECT code FROM tdss.framework ORDER BY code").query(String.class).list();
    }

    /** Whether an identifier already names an item of another framework or under another code. */
    boolean idTakenElsewhere(UUID id, UUID frameworkId, String code) {
        return jdbc.sql("SELECT count(*) FROM tdss.item WHERE id = ? AND NOT (framework_id = ? AND code = ?)")
                .params(id, frameworkId, code).query(Long.class).single() > 0
                || jdbc.sql("SELECT count(*) FROM tdss.framework WHERE id = ?").param(id).query(Long.class).single() > 0;
    }

    boolean frameworkIdTakenElsewhere(UUID id, String code) {
        return jdbc.sql("SELECT count(*) FROM tdss.framework WHERE id = ? AND code <> ?").params(id, code)
                .query(Long.class).single() > 0
                || jdbc.sql("SELECT count(*) FROM tdss.item WHERE id = ?").param(id).query(Long.class).single() > 0;
    }

    void saveFramework(UUID id, String code, LocalizedText title, LocalizedText description) {
        jdbc.sql("""
                INSERT INTO tdss.framework (id, code, title_kk, title_ru, title_en, description_kk, description_ru,
                    description_en, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (code) DO UPDATE SET title_kk = EXCLUDED.title_kk, title_ru = EXCLUDED.title_ru,
                    title_en = EXCLUDED.title_en, description_kk = EXCLUDED.description_kk,
                    description_ru = EXCLUDED.description_ru, description_en = EXCLUDED.description_en, updated_at = EXCLUDED.updated_at""")
                .params(id, code, title.kk(), title.ru(), title.en(), blank(description.kk()), blank(description.ru()),
                        blank(description.en()), java.sql.Timestamp.from(Instant.now()))
                .update();
    }

    void saveItem(UUID frameworkId, FrameworkEntry entry, int position) {
        jdbc.sql("""
                INSERT INTO tdss.item (id, framework_id, code, parent_code, type, position, title_kk, title_ru, title_en,
                    description_kk, description_ru, description_en)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (framework_id, code) DO UPDATE SET parent_code = EXCLUDED.parent_code, type = EXCLUDED.type,
                    position = EXCLUDED.position, title_kk = EXCLUDED.title_kk, title_ru = EXCLUDED.title_ru,
                    title_en = EXCLUDED.title_en, description_kk = EXCLUDED.description_kk,
                    description_ru = EXCLUDED.description_ru, description_en = EXCLUDED.description_en""")
                .params(entry.id(), frameworkId, entry.code(), entry.parentCode(), entry.type().name(), position,
                        entry.title().kk(), entry.title().ru(), entry.title().en(), blank(entry.description().kk()),
                        blank(entry.description().ru()), blank(entry.description().en()))
                .update();
    }

    int nextPosition(UUID frameworkId, ItemType type) {
        return jdbc.sql("SELECT coalesce(max(position), 0) + 1 FROM tdss.item WHERE framework_id = ? AND type = ?")
                .params(frameworkId, type.name()).query(Integer.class).single();
    }

    Optional<Integer> positionOf(UUID frameworkId, String code) {
        return jdbc.sql("SELECT position FROM tdss.item WHERE framework_id = ? AND code = ?").params(frameworkId, code)
                .query(Integer.class).optional();
    }

    Optional<ItemType> typeOf(UUID frameworkId, String code) {
        return jdbc.sql("SELECT type FROM tdss.item WHERE framework_id = ? AND code = ?").params(frameworkId, code)
                .query(String.class).optional().map(ItemType::valueOf);
    }

    List<ItemView> items(UUID frameworkId) {
        return jdbc.sql("""
                SELECT id, code, parent_code, type, position, title_kk, title_ru, title_en, description_kk,
                    description_ru, description_en FROM tdss.item WHERE framework_id = ? ORDER BY type, position""")
                .param(frameworkId)
                .query((rs, n) -> new ItemView(rs.getObject("id", UUID.class), rs.getString("code"),
                        rs.getString("parent_code"), ItemType.valueOf(rs.getString("type")), rs.getInt("position"),
                        LocalizedText.of(rs.getString("title_kk"), rs.getString("title_ru"), rs.getString("title_en")),
                        LocalizedText.of(rs.getString("description_kk"), rs.getString("description_ru"),
                                rs.getString("description_en"))))
                .list();
    }

    void setTarget(UUID frameworkId, String role, String levelCode) {
        jdbc.sql("""
                INSERT INTO tdss.target_level (framework_id, role, item_id, level_code)
                SELECT framework_id, ?, id, ? FROM tdss.item WHERE framework_id = ? AND type = 'COMPETENCE'
                ON CONFLICT (framework_id, role, item_id) DO NOTHING""")
                .params(role, levelCode, frameworkId).update();
    }

    /** Target level code per competence id for the role. */
    java.util.Map<UUID, String> targets(UUID frameworkId, String role) {
        java.util.Map<UUID, String> targets = new java.util.HashMap<>();
        jdbc.sql("SELECT item_id, level_code FROM tdss.target_level WHERE framework_id = ? AND role = ?")
                .params(frameworkId, role)
                .query(rs -> {
                    targets.put(rs.getObject("item_id", UUID.class), rs.getString("level_code"));
                });
        return targets;
    }

    private static String blank(String s) {
        return s == null ? "" : s;
    }
}
