package kz.edufusion.identity.domain;

import java.util.Locale;
import kz.edufusion.common.Languages;
import kz.edufusion.notifications.Notifications;
import kz.edufusion.notifications.OutgoingEmail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The identity module's e-mails, written in the recipient's language and queued in the outbox. */
@Component
class IdentityMails {

    private final Notifications notifications;
    private final MessageSource messages;
    private final String publicUrl;

    IdentityMails(Notifications notifications, MessageSource messages, @Value("${edufusion.public-url}") String publicUrl) {
        this.notifications = notifications;
        this.messages = messages;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    void passwordReset(String to, String language, String name, String token) {
        send(to, language, "mail.passwordReset.subject", "mail.passwordReset.body", name, link("/password/reset?token=" + token));
    }

    void invitation(String to, String language, String organization, String role, String token) {
        send(to, language, "mail.invitation.subject", "mail.invitation.body", organization, role, link("/invitations/" + token));
    }

    void companyRegistered(String to, String language, String name, String company) {
        send(to, language, "mail.companyRegistered.subject", "mail.companyRegistered.body", name, company);
    }

    void organizationApproved(String to, String language, String name, String organization) {
        send(to, language, "mail.organizationApproved.subject", "mail.organizationApproved.body", name, organization, link("/login"));
    }

    private void send(String to, String language, String subjectKey, String bodyKey, Object... args) {
        Locale locale = Languages.orDefault(language);
        notifications.email(new OutgoingEmail(to, messages.getMessage(subjectKey, args, locale),
                messages.getMessage(bodyKey, args, locale)));
    }

    private String link(String path) {
        return publicUrl + path;
    }
}
