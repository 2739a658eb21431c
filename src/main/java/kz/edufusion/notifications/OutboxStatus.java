package kz.edufusion.notifications;

import java.util.Locale;
import java.util.Optional;

/** Where an outbox message stands. */
public enum OutboxStatus {

    /** Waiting for the dispatcher (or, without SMTP, waiting to be read on the outbox page). */
    QUEUED,
    /** Accepted by the SMTP server. */
    SENT,
    /** Gave up after the last allowed attempt; an administrator may re-queue it. */
    FAILED,
    /** Stopped by an administrator; the dispatcher leaves it alone until it is re-queued. */
    HELD;

    /** The status named by {@code value} (any case), or empty for a blank or unknown value. */
    public static Optional<OutboxStatus> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(value.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }
}
