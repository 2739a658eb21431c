package kz.edufusion.placements.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the daily reminders read (active diaries, long-pending entries) and the reminders already sent. */
@Repository
class ReminderStore {

    record ActiveDiary(UUID placementId, UUID studentId, LocalDate startsOn, LocalDate endsOn, LocalDate lastEntry) {
    }

    record Waiting(UUID mentorId, UUID companyId, UUID placementId, UUID studentId, int entries) {
    }

    private final JdbcClient jdbc;

    ReminderStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The ACTIVE placements that have started by that day, with their latest entry's day. */
    List<ActiveDiary> activeDiaries(LocalDate day) {
        return jdbc.sql("SELECT p.id, p.student_id, p.starts_on, p.ends_on, max(e.entry_date) AS last_entry "
                        + "FROM placements.placement p LEFT JOIN placements.diary_entry e ON e.placement_id = p.id "
                        + "WHERE p.status = 'ACTIVE' AND p.starts_on <= ? GROUP BY p.id ORDER BY p.id")
                .param(day)
                .query((rs, n) -> new ActiveDiary(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)))
                .list();
    }

    /** Per mentor and mentee, the SUBMITTED entries sent before {@code before}, mentor by mentor. */
    List<Waiting> waiting(Instant before) {
        return jdbc.sql("SELECT p.mentor_id, p.company_id, p.id, p.student_id, count(*) FROM placements.diary_entry e "
                        + "JOIN placements.placement p ON p.id = e.placement_id "
                        + "WHERE e.status = 'SUBMITTED' AND e.submitted_at < ? AND p.mentor_id IS NOT NULL AND p.company_id IS NOT NULL "
                        + "GROUP BY p.mentor_id, p.company_id, p.id, p.student_id ORDER BY p.mentor_id, p.id")
                .param(java.sql.Timestamp.from(before))
                .query((rs, n) -> new Waiting(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                        rs.getObject(4, UUID.class), rs.getInt(5)))
                .list();
    }

    /** Records a reminder unless one of its kind went out that day already; true when this one is the first. */
    boolean record(String kind, UUID placementId, UUID recipientId, LocalDate day) {
        return jdbc.sql("INSERT INTO placements.supervision_reminder (id, kind, placement_id, recipient_id, sent_on) "
                        + "VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .params(UUID.randomUUID(), kind, placementId, recipientId, day).update() == 1;
    }
}
