package kz.edufusion.notifications.domain;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers due outbox messages through the given SMTP sender, one batch per transaction. The batch's
 * rows stay locked until their new status commits, so no other dispatcher can pick them up meanwhile.
 * A crash between the SMTP hand-over and the commit leaves the rows QUEUED and they are sent again:
 * delivery is at least once, never silently lost.
 */
@Component
class OutboxDispatcher {

    static final int BATCH_SIZE = 50;
    /** Bounds one run so that a large backlog cannot keep the job's cluster lock indefinitely. */
    static final int MAX_BATCHES_PER_RUN = 20;
    private static final int MAX_ERROR_LENGTH = 2000;
    private static final Logger log = LoggerFactory.getLogger(OutboxDispatcher.class);

    private final OutboxRepository outbox;
    private final TransactionTemplate transactions;
    private final RetryPolicy retryPolicy;
    private final String from;

    OutboxDispatcher(OutboxRepository outbox, PlatformTransactionManager transactionManager,
            NotificationsProperties properties) {
        this.outbox = outbox;
        this.transactions = new TransactionTemplate(transactionManager);
        this.retryPolicy = properties.retryPolicy();
        this.from = properties.from();
    }

    /** Sends due messages batch after batch until none is due (or the per-run bound is reached). */
    DispatchReport dispatch(JavaMailSender sender) {
        DispatchReport total = DispatchReport.NOTHING;
        for (int batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
            DispatchReport report = transactions.execute(status -> dispatchBatch(sender));
            total = total.plus(report);
            if (report.handled() < BATCH_SIZE) {
                break;
            }
        }
        if (total.handled() > 0) {
            log.info("Outbox dispatch: {} sent, {} failed attempts", total.sent(), total.failed());
        }
        return total;
    }

    private DispatchReport dispatchBatch(JavaMailSender sender) {
        int sent = 0;
        int failed = 0;
        for (DueMessage message : outbox.lockDue(BATCH_SIZE)) {
            try {
                send(sender, message);
                outbox.markSent(message.id());
                sent++;
            } catch (RuntimeException e) {
                // any failure of one message is recorded on that message; letting it escape would roll
                // back the batch and re-send the mails that already went out
                recordFailure(message, e);
                failed++;
            }
        }
        return new DispatchReport(sent, failed);
    }

    private void send(JavaMailSender sender, DueMessage message) {
        sender.send(mime -> {
            // explicit UTF-8: Kazakh and Russian text must not depend on the sender's default encoding
            MimeMessageHelper helper = new MimeMessageHelper(mime, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(message.recipient());
            helper.setSubject(message.subject());
            helper.setText(message.body());
        });
    }

    private void recordFailure(DueMessage message, RuntimeException e) {
        int attempts = message.attempts() + 1;
        String error = describe(e);
        Optional<Duration> delay = retryPolicy.delayAfter(attempts);
        if (delay.isPresent()) {
            outbox.markRetry(message.id(), attempts, error, delay.get());
            log.warn("Outbox message {} attempt {} failed, retrying in {}: {}", message.id(), attempts, delay.get(), error);
        } else {
            outbox.markFailed(message.id(), attempts, error);
            log.error("Outbox message {} failed for good after {} attempts: {}", message.id(), attempts, error);
        }
    }

    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder(e.getClass().getSimpleName()).append(": ").append(e.getMessage());
        Throwable cause = e.getCause();
        if (cause != null && cause != e && (e.getMessage() == null || !e.getMessage().contains(String.valueOf(cause.getMessage())))) {
            text.append(" (").append(cause.getClass().getSimpleName()).append(": ").append(cause.getMessage()).append(')');
        }
        return text.length() <= MAX_ERROR_LENGTH ? text.toString() : text.substring(0, MAX_ERROR_LENGTH);
    }
}
