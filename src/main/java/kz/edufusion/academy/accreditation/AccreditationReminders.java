package kz.edufusion.academy.accreditation;

import java.time.LocalDate;
import java.util.Locale;
import kz.edufusion.common.Languages;
import kz.edufusion.identity.IdentityDirectory;
import kz.edufusion.identity.PersonView;
import kz.edufusion.notifications.Notifications;
import kz.edufusion.notifications.OutgoingEmail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mails a course's owner, in their language through the notifications outbox, when its accreditation ends within
 * {@code edufusion.academy.accreditation.reminder-days} days (60): exactly once per approval, because the approval's
 * reminder is claimed with a conditional update before the mail is queued in the same transaction.
 */
@Service
public class AccreditationReminders {

    private final AccreditationStore store;
    private final SubmissionViews views;
    private final IdentityDirectory directory;
    private final Notifications notifications;
    private final MessageSource messages;
    private final int daysBefore;
    private final String publicUrl;

    AccreditationReminders(AccreditationStore store, SubmissionViews views, IdentityDirectory directory, Notifications notifications,
            MessageSource messages, @Value("${edufusion.academy.accreditation.reminder-days:60}") int daysBefore,
            @Value("${edufusion.public-url}") String publicUrl) {
        this.store = store;
        this.views = views;
        this.directory = directory;
        this.notifications = notifications;
        this.messages = messages;
        this.daysBefore = daysBefore;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** Sends the reminders due on that day; answers how many went out. */
    @Transactional
    public int run(LocalDate today) {
        int sent = 0;
        for (AccreditationStore.Due due : store.dueReminders(today, daysBefore)) {
            PersonView owner = directory.person(due.ownerId()).filter(PersonView::enabled).orElse(null);
            if (owner == null || !store.claimReminder(due.reviewId())) {
                continue;
            }
            Locale locale = Languages.orDefault(owner.language());
            Object[] args = {owner.fullName(), due.title().in(locale), due.validUntil().toString(), views.organization(due.agencyId()).in(locale),
                    publicUrl + "/academy/accreditation/courses/" + due.courseId()};
            notifications.email(new OutgoingEmail(owner.email(), messages.getMessage("academy.accreditation.mail.expiring.subject", args, locale),
                    messages.getMessage("academy.accreditation.mail.expiring.body", args, locale)));
            sent++;
        }
        return sent;
    }
}
