package kz.edufusion.notifications.domain;

import java.util.concurrent.atomic.AtomicBoolean;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the dispatcher periodically on one node at a time (ShedLock). Absent when jobs are off (operator
 * sub-commands, tests). Without an SMTP server it does nothing: the mails stay QUEUED and
 * administrators read them on the outbox page.
 */
@Component
@ConditionalOnProperty(name = "edufusion.jobs.enabled", havingValue = "true", matchIfMissing = true)
class OutboxDispatchJob {

    private static final Logger log = LoggerFactory.getLogger(OutboxDispatchJob.class);

    private final OutboxDispatcher dispatcher;
    private final SmtpServer smtp;
    private final AtomicBoolean reportedNoSmtp = new AtomicBoolean();

    OutboxDispatchJob(OutboxDispatcher dispatcher, SmtpServer smtp) {
        this.dispatcher = dispatcher;
        this.smtp = smtp;
    }

    @Scheduled(fixedDelayString = "${edufusion.notifications.dispatch-interval:PT15S}")
    @SchedulerLock(name = "notifications-outbox-dispatch")
    public void dispatch() {
        smtp.sender().ifPresentOrElse(dispatcher::dispatch, () -> {
            if (reportedNoSmtp.compareAndSet(false, true)) {
                log.info("No SMTP server configured (EDUFUSION_SMTP_HOST): e-mails stay in the outbox page for administrators");
            }
        });
    }
}
