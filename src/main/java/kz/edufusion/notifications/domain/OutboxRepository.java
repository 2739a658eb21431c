package kz.edufusion.notifications.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.edufusion.notifications.OutboxEntry;
import kz.edufusion.notifications.OutboxStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for {@code notifications.outbox_message}. Times come from the database clock ({@code now()}) so
 * that nodes with drifting clocks agree on which messages are due.
 */
@Repository
class OutboxRepository {

    private static final String TABLE = "notifications.outbox_message";
    private static final String COLUMNS =
            "id, recipient, subject, body, status, attempts, last_error, created_at, next_attempt_at, sent_at";

    private final JdbcClient jdbc;

    OutboxRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID id, String recipient, String subject, String body) {
        jdbc.sql("INSERT INTO " + TABLE + " (id, recipient, subject, body) VALUES (:id, :recipient, :subject, :body)")
                .param("id", id)
                .param("recipient", recipient)
                .param("subject", subject)
                .param("body", body)
                .update();
    }

    Optional<OutboxEntry> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM " + TABLE + " WHERE id = :id")
                .param("id", id)
                .query(OutboxRepository::entry)
                .optional();
    }

    List<OutboxEntry> search(OutboxFilter filter, long offset, int limit) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM " + TABLE + filter.where()
                        + " ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset")
                .params(filter.params())
                .param("limit", limit)
                .param("offset", offset)
                .query(OutboxRepository::entry)
                .list();
    }

    long count(OutboxFilter filter) {
        return jdbc.sql("SELECT count(*) FROM " + TABLE + filter.where())
                .params(filter.params())
                .query(Long.class)
                .single();
    }

    /**
     * Locks up to {@code limit} due messages for the current transaction. SKIP LOCKED makes a second
     * dispatcher (another node, or a run that overlaps a slow one) take other rows instead of waiting
     * for these and then sending them again.
     */
    List<DueMessage> lockDue(int limit) {
        return jdbc.sql("SELECT id, recipient, subject, body, attempts FROM " + TABLE
                        + " WHERE status = 'QUEUED' AND next_attempt_at <= now()"
                        + " ORDER BY next_attempt_at, created_at LIMIT :limit FOR UPDATE SKIP LOCKED")
                .param("limit", limit)
                .query((rs, row) -> new DueMessage(rs.getObject("id", UUID.class), rs.getString("recipient"),
                        rs.getString("subject"), rs.getString("body"), rs.getInt("attempts")))
                .list();
    }

    void markSent(UUID id) {
        jdbc.sql("UPDATE " + TABLE + " SET status = 'SENT', attempts = attempts + 1, sent_at = now() WHERE id = :id")
                .param("id", id)
                .update();
    }

    void markRetry(UUID id, int attempts, String error, Duration delay) {
        jdbc.sql("UPDATE " + TABLE + " SET attempts = :attempts, last_error = :error,"
                        + " next_attempt_at = now() + make_interval(secs => :seconds) WHERE id = :id")
                .param("id", id)
                .param("attempts", attempts)
                .param("error", error)
                .param("seconds", (double) delay.toMillis() / 1000)
                .update();
    }

    void markFailed(UUID id, int attempts, String error) {
        jdbc.sql("UPDATE " + TABLE + " SET status = 'FAILED', attempts = :attempts, last_error = :error WHERE id = :id")
                .param("id", id)
                .param("attempts", attempts)
                .param("error", error)
                .update();
    }

    /** Conditional on the current status, so a concurrent dispatch or a second click changes nothing. */
    boolean requeue(UUID id) {
        return jdbc.sql("UPDATE " + TABLE + " SET status = 'QUEUED', attempts = 0, next_attempt_at = now()"
                        + " WHERE id = :id AND status IN ('FAILED', 'HELD')")
                .param("id", id)
                .update() == 1;
    }

    boolean hold(UUID id) {
        return jdbc.sql("UPDATE " + TABLE + " SET status = 'HELD' WHERE id = :id AND status = 'QUEUED'")
                .param("id", id)
                .update() == 1;
    }

    private static OutboxEntry entry(ResultSet rs, int row) throws SQLException {
        return new OutboxEntry(
                rs.getObject("id", UUID.class),
                rs.getString("recipient"),
                rs.getString("subject"),
                rs.getString("body"),
                OutboxStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                rs.getString("last_error"),
                instant(rs, "created_at"),
                instant(rs, "next_attempt_at"),
                instant(rs, "sent_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
