package kz.edufusion.alignment.report;

import java.time.Clock;
import java.time.LocalDate;
import kz.edufusion.labormarket.SurveyQuarter;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Publishes the previous quarter's analysis early each morning of the first five days of a quarter (Kazakhstan
 * time), on one node at a time (ShedLock); runs after the first publish the report do nothing, so a node that was
 * down on day 1 catches up on day 2, and the quarter's primary key keeps even an expired lock from publishing
 * twice. Absent when jobs are off.
 */
@Component
@ConditionalOnProperty(name = "edufusion.jobs.enabled", havingValue = "true", matchIfMissing = true)
class QuarterlyReportJob {

    private static final Logger log = LoggerFactory.getLogger(QuarterlyReportJob.class);

    private final QuarterlyReports reports;
    private final Clock clock;

    @Autowired
    QuarterlyReportJob(QuarterlyReports reports, ObjectProvider<Clock> clock) {
        this(reports, clock.getIfAvailable(Clock::systemUTC));
    }

    QuarterlyReportJob(QuarterlyReports reports, Clock clock) {
        this.reports = reports;
        this.clock = clock;
    }

    @Scheduled(cron = "${edufusion.alignment.quarterly-report-cron:0 0 6 1-5 1,4,7,10 *}", zone = "Asia/Almaty")
    @SchedulerLock(name = "alignment-quarterly-report", lockAtMostFor = "PT1H")
    public void publishPreviousQuarter() {
        SurveyQuarter quarter = SurveyQuarter.of(LocalDate.now(clock.withZone(SurveyQuarter.ZONE))).previous();
        if (reports.publishScheduled(quarter)) {
            log.info("published the quarterly labor-market analysis of {}", quarter);
        }
    }
}
