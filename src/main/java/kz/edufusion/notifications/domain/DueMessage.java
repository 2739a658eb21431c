package kz.edufusion.notifications.domain;

import java.util.UUID;

/** A queued message the dispatcher has locked for delivery. */
record DueMessage(UUID id, String recipient, String subject, String body, int attempts) {
}
