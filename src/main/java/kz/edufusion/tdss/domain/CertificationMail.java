package kz.edufusion.tdss.domain;

import java.util.Locale;
import java.util.UUID;
import kz.edufusion.common.Languages;
import kz.edufusion.identity.IdentityDirectory;
import kz.edufusion.identity.PersonView;
import kz.edufusion.notifications.Notifications;
import kz.edufusion.notifications.OutgoingEmail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Tells the educator, in their own language and through the notifications outbox (inside the deciding transaction,
 * so a decision that rolls back mails nothing), that they were certified, not certified, or that their certification
 * was revoked, with the body's reasons and a link to the application.
 */
@Component
class CertificationMail {

    private final Notifications notifications;
    private final IdentityDirectory directory;
    private final MessageSource messages;
    private final String publicUrl;

    CertificationMail(Notifications notifications, IdentityDirectory directory, MessageSource messages,
            @Value("${edufusion.public-url}") String publicUrl) {
        this.notifications = notifications;
        this.directory = directory;
        this.messages = messages;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** {@code action} is CERTIFIED, NOT_CERTIFIED or REVOKED. */
    void send(String action, UUID personId, UUID applicationId, SchemeView scheme, String reasons) {
        PersonView educator = directory.person(personId).filter(PersonView::enabled).orElse(null);
        if (educator == null) {
            return;
        }
        Locale locale = Languages.orDefault(educator.language());
        Object[] args = {educator.fullName(), scheme.title().in(locale),
            publicUrl + "/tdss/certification/applications/" + applicationId, reasons};
        String key = "tdss.certification.mail." + action.toLowerCase(Locale.ROOT);
        notifications.email(new OutgoingEmail(educator.email(), messages.getMessage(key + ".subject", args, locale),
                messages.getMessage(key + ".body", args, locale)));
    }
}
