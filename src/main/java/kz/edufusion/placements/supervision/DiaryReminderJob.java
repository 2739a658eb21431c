package kz.edufusion.placements.supervision;

import java.time.Clock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The diary reminders every morning on one node (ShedLock). Absent when jobs are off (tests, operator commands). */
@Component
@ConditionalOnProperty(name = "edufusion.jobs.enabled", havingValue = "true", matchIfMissing = true)
class DiaryReminderJob {

    private static final Logger log = LoggerFactory.getLogger(DiaryReminderJob.class);

    private final DiaryReminders reminders;
    private final Clock clock;

    DiaryReminderJob(DiaryReminders reminders, ObjectProvider<Clock> clock) {
        this.reminders = reminders;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Scheduled(cron = "${edufusion.placements.supervision.reminder-cron:0 0 9 * * *}", zone = "Asia/Almaty")
    @SchedulerLock(name = "placements-diary-reminders", lockAtMostFor = "PT30M")
    public void remind() {
        ReminderRun run = reminders.run(clock);
        log.info("diary reminders: {} students, {} mentors", run.studentsReminded(), run.mentorsDigested());
    }
}
