package kz.edufusion.credentials.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.edufusion.credentials.AchievementDefinition;
import kz.edufusion.credentials.Alignment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The module's tables: achievements with their alignments, and issued credentials. */
@Repository
class CredentialStore {

    private final JdbcClient jdbc;

    CredentialStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts the achievement or updates its text and alignments; returns its id. */
    UUID saveAchievement(AchievementDefinition a) {
        UUID id = jdbc.sql("INSERT INTO credentials.achievement (id, achievement_key, achievement_type, name, description, criteria_narrative) "
                        + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (achievement_key) DO UPDATE SET achievement_type = EXCLUDED.achievement_type, "
                        + "name = EXCLUDED.name, description = EXCLUDED.description, criteria_narrative = EXCLUDED.criteria_narrative, "
                        + "updated_at = now() RETURNING id")
                .params(UUID.randomUUID(), a.key(), a.achievementType(), a.name(), a.description(), a.criteriaNarrative())
                .query(UUID.class).single();
        jdbc.sql("DELETE FROM credentials.achievement_alignment WHERE achievement_id = ?").param(id).update();
        int position = 0;
        for (Alignment alignment : a.alignments()) {
            jdbc.sql("INSERT INTO credentials.achievement_alignment (achievement_id, position, target_name, target_url, "
                            + "target_framework, target_code) VALUES (?, ?, ?, ?, ?, ?)")
                    .params(id, position++, alignment.targetName(), alignment.targetUrl(), blankToNull(alignment.targetFramework()),
                            blankToNull(alignment.targetCode()))
                    .update();
        }
        return id;
    }

    record StoredAchievement(UUID id, AchievementDefinition definition) {
    }

    Optional<StoredAchievement> achievement(UUID id) {
        List<Alignment> alignments = jdbc.sql("SELECT target_name, target_url, target_framework, target_code FROM "
                        + "credentials.achievement_alignment WHERE achievement_id = ? ORDER BY position")
                .param(id).query((rs, n) -> new Alignment(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
        return jdbc.sql("SELECT id, achievement_key, achievement_type, name, description, criteria_narrative FROM credentials.achievement WHERE id = ?")
                .param(id)
                .query((rs, n) -> new StoredAchievement(rs.getObject("id", UUID.class), new AchievementDefinition(
                        rs.getString("achievement_key"), rs.getString("achievement_type"), rs.getString("name"),
                        rs.getString("description"), rs.getString("criteria_narrative"), alignments)))
                .optional();
    }

    record Row(UUID id, UUID holderPersonId, String holderName, String achievementKey, Instant validFrom, Instant validUntil,
            Instant issuedAt, String sourceModule, String sourceReference, String kid, String jwt, int statusListId,
            int statusIndex, Instant revokedAt, String revokedReason, boolean hidden) {
    }

    private static final String SELECT = "SELECT c.id, c.holder_person_id, c.holder_name, a.achievement_key, c.valid_from, "
            + "c.valid_until, c.issued_at, c.source_module, c.source_reference, c.kid, c.jwt, c.status_list_id, c.status_index, "
            + "c.revoked_at, c.revoked_reason, c.hidden FROM credentials.credential c "
            + "JOIN credentials.achievement a ON a.id = c.achievement_id ";

    void insert(Row r, UUID achievementId, String name) {
        jdbc.sql("INSERT INTO credentials.credential (id, holder_person_id, holder_name, achievement_id, name, valid_from, "
                        + "valid_until, issued_at, source_module, source_reference, kid, jwt, status_list_id, status_index) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(r.id(), r.holderPersonId(), r.holderName(), achievementId, name, ts(r.validFrom()), ts(r.validUntil()),
                        ts(r.issuedAt()), r.sourceModule(), r.sourceReference(), r.kid(), r.jwt(), r.statusListId(), r.statusIndex())
                .update();
    }

    Optional<Row> find(UUID id) {
        return jdbc.sql(SELECT + "WHERE c.id = ?").param(id).query(CredentialStore::row).optional();
    }

    Optional<Row> findForUpdate(UUID id) {
        return jdbc.sql(SELECT + "WHERE c.id = ? FOR UPDATE OF c").param(id).query(CredentialStore::row).optional();
    }

    Optional<Row> findBySource(String module, String reference) {
        return jdbc.sql(SELECT + "WHERE c.source_module = ? AND c.source_reference = ?").params(module, reference)
                .query(CredentialStore::row).optional();
    }

    Optional<Row> findByStatus(int listId, int index) {
        return jdbc.sql(SELECT + "WHERE c.status_list_id = ? AND c.status_index = ?").params(listId, index)
                .query(CredentialStore::row).optional();
    }

    List<Row> ofHolder(UUID personId) {
        return jdbc.sql(SELECT + "WHERE c.holder_person_id = ? ORDER BY c.issued_at DESC, c.id").param(personId)
                .query(CredentialStore::row).list();
    }

    /** The newest credentials, optionally those whose holder name, title or id contains the text. */
    List<Row> search(String text, int limit) {
        String like = "%" + (text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")) + "%";
        return jdbc.sql(SELECT + "WHERE lower(c.holder_name) LIKE ? OR lower(c.name) LIKE ? OR c.id::text LIKE ? "
                        + "ORDER BY c.issued_at DESC, c.id LIMIT ?")
                .params(like, like, like, limit).query(CredentialStore::row).list();
    }

    void revoke(UUID id, String reason, UUID by) {
        jdbc.sql("UPDATE credentials.credential SET revoked_at = now(), revoked_reason = ?, revoked_by = ? WHERE id = ?")
                .params(reason, by, id).update();
    }

    void hide(UUID id, boolean hidden) {
        jdbc.sql("UPDATE credentials.credential SET hidden = ? WHERE id = ?").params(hidden, id).update();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getObject("holder_person_id", UUID.class), rs.getString("holder_name"),
                rs.getString("achievement_key"), instant(rs, "valid_from"), instant(rs, "valid_until"), instant(rs, "issued_at"),
                rs.getString("source_module"), rs.getString("source_reference"), rs.getString("kid"), rs.getString("jwt"),
                rs.getInt("status_list_id"), rs.getInt("status_index"), instant(rs, "revoked_at"), rs.getString("revoked_reason"),
                rs.getBoolean("hidden"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
