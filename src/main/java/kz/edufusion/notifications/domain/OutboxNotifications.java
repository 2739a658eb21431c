package kz.edufusion.notifications.domain;

import java.util.UUID;
import kz.edufusion.notifications.Notifications;
import kz.edufusion.notifications.OutgoingEmail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the mail to the outbox. REQUIRED joins the caller's transaction when there is one (the mail
 * then exists only if the business change commits) and still works for callers without one.
 */
@Service
class OutboxNotifications implements Notifications {

    /** RFC 5322 caps a header line at 998 characters; the column has the same limit. */
    private static final int MAX_SUBJECT = 998;

    private final OutboxRepository outbox;

    OutboxNotifications(OutboxRepository outbox) {
        this.outbox = outbox;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void email(OutgoingEmail email) {
        String recipient = EmailAddresses.requireValid(email.to());
        outbox.insert(UUID.randomUUID(), recipient, subject(email.subject()), email.body());
    }

    /** A subject is one header line: line breaks would end the header (or inject new ones). */
    private static String subject(String subject) {
        String oneLine = subject.replaceAll("[\\r\\n]+", " ").strip();
        if (oneLine.isEmpty() || oneLine.length() > MAX_SUBJECT) {
            throw new IllegalArgumentException("A subject must have 1 to " + MAX_SUBJECT + " characters");
        }
        return oneLine;
    }
}
