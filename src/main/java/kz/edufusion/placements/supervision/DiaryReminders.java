package kz.edufusion.placements.supervision;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import kz.edufusion.common.Languages;
import kz.edufusion.common.web.PlatformTime;
import kz.edufusion.identity.IdentityDirectory;
import kz.edufusion.identity.PersonView;
import kz.edufusion.identity.Role;
import kz.edufusion.notifications.Notifications;
import kz.edufusion.notifications.OutgoingEmail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The daily reminders, in each recipient's language through the notifications outbox: the student of an ACTIVE
 * placement whose diary is late ({@link DiaryLateness}) gets one reminder a day at most per placement, and each mentor
 * with entries pending longer than the digest delay gets one digest a day listing them by mentee. Sent reminders are
 * recorded, so a second run the same day (another node, a restart) sends nothing.
 */
@Service
public class DiaryReminders {

    static final String LATE = "LATE_ENTRY";
    static final String DIGEST = "PENDING_DIGEST";

    private final ReminderStore store;
    private final IdentityDirectory directory;
    private final Notifications notifications;
    private final MessageSource messages;
    private final SupervisionSettings settings;
    private final String publicUrl;

    DiaryReminders(ReminderStore store, IdentityDirectory directory, Notifications notifications, MessageSource messages,
            SupervisionSettings settings, @Value("${edufusion.public-url}") String publicUrl) {
        this.store = store;
        this.directory = directory;
        this.notifications = notifications;
        this.messages = messages;
        this.settings = settings;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @Transactional
    public ReminderRun run(Clock clock) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), PlatformTime.ZONE);
        int students = 0;
        for (ReminderStore.ActiveDiary d : store.activeDiaries(today)) {
            if (DiaryLateness.late(d.startsOn(), d.endsOn(), d.lastEntry(), today, settings.lateAfterWorkingDays())
                    && remindStudent(d, today)) {
                students++;
            }
        }
        Instant before = today.minusDays(settings.digestAfterDays()).atStartOfDay(PlatformTime.ZONE).toInstant();
        Map<UUID, List<ReminderStore.Waiting>> byMentor = store.waiting(before).stream()
                .collect(Collectors.groupingBy(ReminderStore.Waiting::mentorId, LinkedHashMap::new, Collectors.toList()));
        int mentors = 0;
        for (Map.Entry<UUID, List<ReminderStore.Waiting>> waiting : byMentor.entrySet()) {
            if (digest(waiting.getKey(), waiting.getValue(), today)) {
                mentors++;
            }
        }
        return new ReminderRun(students, mentors);
    }

    private boolean remindStudent(ReminderStore.ActiveDiary diary, LocalDate today) {
        Optional<PersonView> student = directory.person(diary.studentId()).filter(PersonView::enabled);
        if (student.isEmpty() || !store.record(LATE, diary.placementId(), diary.studentId(), today)) {
            return false;
        }
        PersonView s = student.get();
        Locale locale = Languages.orDefault(s.language());
        String last = diary.lastEntry() == null ? messages.getMessage("placements.supervision.mail.late.none", null, locale)
                : diary.lastEntry().toString();
        Object[] args = {s.fullName(), last, settings.lateAfterWorkingDays(), publicUrl + "/placements/placement/" + diary.placementId() + "/diary"};
        notifications.email(new OutgoingEmail(s.email(), messages.getMessage("placements.supervision.mail.late.subject", args, locale),
                messages.getMessage("placements.supervision.mail.late.body", args, locale)));
        return true;
    }

    private boolean digest(UUID mentorId, List<ReminderStore.Waiting> waiting, LocalDate today) {
        Optional<PersonView> mentor = directory.person(mentorId).filter(PersonView::enabled)
                .filter(m -> m.memberships().stream().anyMatch(ms -> ms.effective() && ms.role() == Role.COMPANY_MENTOR
                        && waiting.stream().anyMatch(w -> w.companyId().equals(ms.organizationId()))));
        if (mentor.isEmpty() || !store.record(DIGEST, null, mentorId, today)) {
            return false;
        }
        PersonView m = mentor.get();
        Locale locale = Languages.orDefault(m.language());
        StringBuilder lines = new StringBuilder();
        int total = 0;
        for (ReminderStore.Waiting w : waiting) {
            String student = directory.person(w.studentId()).map(PersonView::fullName).orElse("");
            lines.append(messages.getMessage("placements.supervision.mail.digest.line", new Object[] {student, w.entries()}, locale))
                    .append('\n');
            total += w.entries();
        }
        Object[] args = {m.fullName(), total, settings.digestAfterDays(), lines.toString(), publicUrl + "/placements/supervision"};
        notifications.email(new OutgoingEmail(m.email(), messages.getMessage("placements.supervision.mail.digest.subject", args, locale),
                messages.getMessage("placements.supervision.mail.digest.body", args, locale)));
        return true;
    }
}
