package kz.edufusion.notifications;

import java.time.Instant;
import java.util.UUID;

/**
 * One message of the outbox as administrators see it. {@code sentAt} is set only for SENT messages,
 * {@code lastError} only once a delivery attempt has failed.
 */
public record OutboxEntry(
        UUID id,
        String recipient,
        String subject,
        String body,
        OutboxStatus status,
        int attempts,
        String lastError,
        Instant createdAt,
        Instant nextAttemptAt,
        Instant sentAt) {

    /** Only a message that is not on its way (failed or held) can be put back in the queue. */
    public boolean requeueable() {
        return status == OutboxStatus.FAILED || status == OutboxStatus.HELD;
    }

    public boolean holdable() {
        return status == OutboxStatus.QUEUED;
    }
}
