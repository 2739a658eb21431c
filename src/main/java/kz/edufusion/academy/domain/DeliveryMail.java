package kz.edufusion.academy.domain;

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
 * Tells a learner, in their own language and through the notifications outbox (inside the deciding transaction, so
 * a decision that rolls back sends nothing), that a seat came free for them, or that the owner approved or declined.
 */
@Component
class DeliveryMail {

    enum Kind { PROMOTED, APPROVED, DECLINED }

    private final Notifications notifications;
    private final IdentityDirectory directory;
    private final VersionStore versions;
    private final MessageSource messages;
    private final String publicUrl;

    DeliveryMail(Notifications notifications, IdentityDirectory directory, VersionStore versions, MessageSource messages,
            @Value("${edufusion.public-url}") String publicUrl) {
        this.notifications = notifications;
        this.directory = directory;
        this.versions = versions;
        this.messages = messages;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    void send(Kind kind, UUID learnerId, UUID courseId, String reason) {
        PersonView learner = directory.person(learnerId).filter(PersonView::enabled).orElse(null);
        if (learner == null) {
            return;
        }
        Locale locale = Languages.orDefault(learner.language());
        String title = versions.course(courseId).map(CourseRow::publishedVersionId).flatMap(versions::version)
                .map(v -> v.details().title().in(locale)).orElse("");
        Object[] args = {learner.fullName(), title, publicUrl + "/academy/courses/" + courseId, reason == null ? "" : reason};
        String key = "academy.delivery.mail." + kind.name().toLowerCase(Locale.ROOT);
        notifications.email(new OutgoingEmail(learner.email(), messages.getMessage(key + ".subject", args, locale),
                messages.getMessage(key + ".body", args, locale)));
    }
}
