package kz.edufusion.academy.accreditation;

import java.time.Clock;
import java.time.LocalDate;
import kz.edufusion.common.web.PlatformTime;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The accreditation expiry reminders every morning on one node (ShedLock). Absent when jobs are off (tests, operator commands). */
@Component
@ConditionalOnProperty(name = "edufusion.jobs.enabled", havingValue = "true", matchIfMissing = true)
class AccreditationReminderJob {

    private static final Logger log = LoggerFactory.getLogger(AccreditationReminderJob.class);

    private final AccreditationReminders reminders;
    private final Clock clock;

    AccreditationReminderJob(AccreditationReminders reminders, ObjectProvider<Clock> clock) {
        this.reminders = reminders;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Scheduled(cron = "${edufusion.academy.accreditation.reminder-cron:0 30 8 * * *}", zone = "Asia/Almaty")
    @SchedulerLock(name = "academy-accreditation-reminders", lockAtMostFor = "PT30M")
    public void remind() {
        int sent = reminders.run(LocalDate.ofInstant(clock.instant(), PlatformTime.ZONE));
        log.info("accreditation expiry reminders: {}", sent);
    }
}
