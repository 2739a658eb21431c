package kz.edufusion.notifications;

import java.util.Objects;

/** A plain-text e-mail already rendered in the recipient's language. */
public record OutgoingEmail(String to, String subject, String body) {

    public OutgoingEmail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }
}
