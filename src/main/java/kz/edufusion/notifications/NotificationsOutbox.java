package kz.edufusion.notifications;

import java.util.Optional;
import java.util.UUID;
import kz.edufusion.common.PageQuery;
import kz.edufusion.common.PageResponse;

/**
 * Read and manage the e-mail outbox: the administrator's outbox page and the admin home's counters.
 * Authorization is the caller's job (the pages live under {@code /admin/**}).
 */
public interface NotificationsOutbox {

    /**
     * Messages newest first. {@code recipientContains} matches part of the address, case-insensitively
     * (blank: any recipient); {@code status} is a {@link OutboxStatus} name (blank: any status).
     *
     * @throws IllegalArgumentException when {@code status} is not blank and names no status
     */
    PageResponse<OutboxEntry> search(String recipientContains, String status, PageQuery query);

    long count(OutboxStatus status);

    /** Whether mail is delivered by SMTP; when false, queued mail only waits here to be read. */
    boolean smtpConfigured();

    Optional<OutboxEntry> find(UUID id);

    /**
     * Puts a FAILED or HELD message back in the queue with a fresh set of attempts.
     *
     * @return false when there is no such message or it is not FAILED or HELD
     */
    boolean requeue(UUID id);

    /**
     * Stops a QUEUED message from being sent, e.g. when the administrator already passed its content on.
     *
     * @return false when there is no such message or it is not QUEUED
     */
    boolean hold(UUID id);
}
