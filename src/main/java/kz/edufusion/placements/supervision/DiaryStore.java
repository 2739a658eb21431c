package kz.edufusion.placements.supervision;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kz.edufusion.placements.PlacementParty;
import kz.edufusion.placements.domain.FileKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Diary entries, their attachments and comments. Lists are read in set queries, never one query per entry. */
@Repository
class DiaryStore {

    record EntryRow(UUID id, UUID placementId, LocalDate date, BigDecimal hours, String workDone, UUID assignmentId,
            String assignmentTitle, DiaryStatus status, Instant submittedAt, Instant decidedAt) {
    }

    record CommentRow(UUID entryId, UUID authorId, PlacementParty party, String body, boolean returned, Instant createdAt) {
    }

    record Locked(UUID id, DiaryStatus status, UUID companyId) {
    }

    record Stored(UUID placementId, AttachmentFile file) {
    }

    private static final String ENTRIES = "SELECT e.id, e.placement_id, e.entry_date, e.hours, e.work_done, e.assignment_id, "
            + "a.title AS assignment_title, e.status, e.submitted_at, e.decided_at FROM placements.diary_entry e "
            + "LEFT JOIN placements.plan_assignment a ON a.id = e.assignment_id ";

    private final JdbcClient jdbc;

    DiaryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<EntryRow> entries(UUID placementId) {
        return jdbc.sql(ENTRIES + "WHERE e.placement_id = ? ORDER BY e.entry_date DESC").param(placementId)
                .query(DiaryStore::entry).list();
    }

    /** The SUBMITTED entries of these placements, newest day first. */
    List<EntryRow> pending(Collection<UUID> placementIds) {
        return jdbc.sql(ENTRIES + "WHERE e.placement_id = ANY(?) AND e.status = 'SUBMITTED' "
                        + "ORDER BY e.entry_date DESC, e.submitted_at DESC")
                .param(placementIds.toArray(UUID[]::new)).query(DiaryStore::entry).list();
    }

    Optional<EntryRow> find(UUID id) {
        return jdbc.sql(ENTRIES + "WHERE e.id = ?").param(id).query(DiaryStore::entry).optional();
    }

    boolean dateTaken(UUID placementId, LocalDate date, UUID except) {
        return jdbc.sql("SELECT count(*) FROM placements.diary_entry WHERE placement_id = ? AND entry_date = ? "
                        + "AND id IS DISTINCT FROM ?")
                .params(placementId, date, except).query(Long.class).single() > 0;
    }

    UUID insert(UUID placementId, LocalDate date, BigDecimal hours, String workDone, UUID assignmentId) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO placements.diary_entry (id, placement_id, entry_date, hours, work_done, assignment_id, status) "
                        + "VALUES (?, ?, ?, ?, ?, ?, 'SUBMITTED')")
                .params(id, placementId, date, hours, workDone, assignmentId).update();
        return id;
    }

    /** The student's change: a returned entry goes back to the mentor as newly submitted; only while not approved. */
    boolean update(UUID id, LocalDate date, BigDecimal hours, String workDone, UUID assignmentId) {
        return jdbc.sql("UPDATE placements.diary_entry SET entry_date = ?, hours = ?, work_done = ?, assignment_id = ?, "
                        + "submitted_at = CASE WHEN status = 'RETURNED' THEN now() ELSE submitted_at END, status = 'SUBMITTED', "
                        + "decided_by = NULL, decided_at = NULL, updated_at = now() WHERE id = ? AND status IN ('SUBMITTED', 'RETURNED')")
                .params(date, hours, workDone, assignmentId, id).update() == 1;
    }

    Map<UUID, List<AttachmentView>> attachments(Collection<UUID> entryIds) {
        Map<UUID, List<AttachmentView>> byEntry = new HashMap<>();
        jdbc.sql("SELECT id, entry_id, file_name, content_type, size_bytes FROM placements.diary_attachment "
                        + "WHERE entry_id = ANY(?) ORDER BY created_at, file_name")
                .param(entryIds.toArray(UUID[]::new)).query(rs -> {
                    byEntry.computeIfAbsent(rs.getObject("entry_id", UUID.class), k -> new ArrayList<>())
                            .add(new AttachmentView(rs.getObject("id", UUID.class), rs.getString("file_name"),
                                    rs.getString("content_type"), rs.getInt("size_bytes")));
                });
        return byEntry;
    }

    void attach(UUID entryId, FileKind kind, String fileName, byte[] content) {
        jdbc.sql("INSERT INTO placements.diary_attachment (id, entry_id, file_name, content_type, size_bytes, content) "
                        + "VALUES (?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), entryId, FileKind.storedName(fileName, "attachment"), kind.contentType(),
                        content.length, content)
                .update();
    }

    void detach(UUID entryId, Collection<UUID> attachmentIds) {
        jdbc.sql("DELETE FROM placements.diary_attachment WHERE entry_id = ? AND id = ANY(?)")
                .params(entryId, attachmentIds.toArray(UUID[]::new)).update();
    }

    Optional<Stored> attachment(UUID id) {
        return jdbc.sql("SELECT e.placement_id, a.file_name, a.content_type, a.content FROM placements.diary_attachment a "
                        + "JOIN placements.diary_entry e ON e.id = a.entry_id WHERE a.id = ?")
                .param(id).query((rs, n) -> new Stored(rs.getObject(1, UUID.class),
                        new AttachmentFile(rs.getString(2), rs.getString(3), rs.getBytes(4)))).optional();
    }

    Map<UUID, List<CommentRow>> comments(Collection<UUID> entryIds) {
        Map<UUID, List<CommentRow>> byEntry = new HashMap<>();
        jdbc.sql("SELECT entry_id, author_id, author_party, body, returned, created_at FROM placements.diary_comment "
                        + "WHERE entry_id = ANY(?) ORDER BY created_at, id")
                .param(entryIds.toArray(UUID[]::new)).query(rs -> {
                    byEntry.computeIfAbsent(rs.getObject("entry_id", UUID.class), k -> new ArrayList<>())
                            .add(new CommentRow(rs.getObject("entry_id", UUID.class), rs.getObject("author_id", UUID.class),
                                    PlacementParty.valueOf(rs.getString("author_party")), rs.getString("body"),
                                    rs.getBoolean("returned"), instant(rs, "created_at")));
                });
        return byEntry;
    }

    void comment(UUID entryId, UUID authorId, PlacementParty party, String body, boolean returned) {
        jdbc.sql("INSERT INTO placements.diary_comment (id, entry_id, author_id, author_party, body, returned) VALUES (?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), entryId, authorId, party.name(), body, returned).update();
    }

    /** Locks the entries among {@code ids} whose placement the person mentors, in id order (two batches never deadlock). */
    List<Locked> lockMentored(Collection<UUID> ids, UUID mentorId) {
        return jdbc.sql("SELECT e.id, e.status, p.company_id FROM placements.diary_entry e "
                        + "JOIN placements.placement p ON p.id = e.placement_id "
                        + "WHERE e.id = ANY(?) AND p.mentor_id = ? ORDER BY e.id FOR UPDATE OF e")
                .params(ids.toArray(UUID[]::new), mentorId)
                .query((rs, n) -> new Locked(rs.getObject(1, UUID.class), DiaryStatus.valueOf(rs.getString(2)),
                        rs.getObject(3, UUID.class)))
                .list();
    }

    int decide(Collection<UUID> ids, DiaryStatus to, UUID by) {
        return jdbc.sql("UPDATE placements.diary_entry SET status = ?, decided_by = ?, decided_at = now() "
                        + "WHERE id = ANY(?) AND status = 'SUBMITTED'")
                .params(to.name(), by, ids.toArray(UUID[]::new)).update();
    }

    /** The day of each placement's latest entry (placements without entries are absent). */
    Map<UUID, LocalDate> lastEntries(Collection<UUID> placementIds) {
        Map<UUID, LocalDate> last = new LinkedHashMap<>();
        jdbc.sql("SELECT placement_id, max(entry_date) FROM placements.diary_entry WHERE placement_id = ANY(?) GROUP BY placement_id")
                .param(placementIds.toArray(UUID[]::new))
                .query(rs -> {
                    last.put(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class));
                });
        return last;
    }

    Map<UUID, Integer> pendingCounts(Collection<UUID> placementIds) {
        Map<UUID, Integer> counts = new LinkedHashMap<>();
        jdbc.sql("SELECT placement_id, count(*) FROM placements.diary_entry WHERE placement_id = ANY(?) AND status = 'SUBMITTED' "
                        + "GROUP BY placement_id")
                .param(placementIds.toArray(UUID[]::new))
                .query(rs -> {
                    counts.put(rs.getObject(1, UUID.class), rs.getInt(2));
                });
        return counts;
    }

    private static EntryRow entry(ResultSet rs, int row) throws SQLException {
        return new EntryRow(rs.getObject("id", UUID.class), rs.getObject("placement_id", UUID.class),
                rs.getObject("entry_date", LocalDate.class), rs.getBigDecimal("hours"), rs.getString("work_done"),
                rs.getObject("assignment_id", UUID.class), rs.getString("assignment_title"),
                DiaryStatus.valueOf(rs.getString("status")), instant(rs, "submitted_at"), instant(rs, "decided_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
