package kz.edufusion.notifications;

/**
 * The one way other modules send mail. The message is stored in the outbox inside the caller's
 * transaction; with SMTP configured a job delivers it, otherwise administrators read it on the outbox page.
 */
public interface Notifications {

    void email(OutgoingEmail email);
}
