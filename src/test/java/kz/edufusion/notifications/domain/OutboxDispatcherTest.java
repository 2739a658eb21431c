package kz.edufusion.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import kz.edufusion.notifications.OutboxEntry;
import kz.edufusion.notifications.OutboxStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** The dispatcher against a real SMTP server (GreenMail on a random loopback port) and a real PostgreSQL. */
class OutboxDispatcherTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(
            new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

    private static final NotificationsProperties PROPERTIES =
            new NotificationsProperties("no-reply@edufusion.test", Duration.ofMinutes(1), 5);

    private OutboxTestDatabase database;
    private OutboxDispatcher dispatcher;

    @BeforeEach
    void createDatabase() {
        database = OutboxTestDatabase.create();
        dispatcher = database.dispatcher(PROPERTIES);
    }

    @AfterEach
    void closeDatabase() {
        database.close();
    }

    @Test
    void deliversQueuedMailAndMarksItSent() throws Exception {
        UUID id = database.queue("aigerim@example.kz", "Құпия сөзді қалпына келтіру",
                "Сілтеме: https://edufusion.example/reset?token=abc\nСпасибо!");

        DispatchReport report = dispatcher.dispatch(sender(smtp.getSmtp().getPort()));

        assertThat(report).isEqualTo(new DispatchReport(1, 0));
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getAllRecipients()[0]).hasToString("aigerim@example.kz");
        assertThat(received[0].getFrom()[0]).hasToString("no-reply@edufusion.test");
        assertThat(received[0].getSubject()).isEqualTo("Құпия сөзді қалпына келтіру");
        assertThat(((String) received[0].getContent()).replace("\r\n", "\n"))
                .isEqualTo("Сілтеме: https://edufusion.example/reset?token=abc\nСпасибо!");
        OutboxEntry entry = database.repository().find(id).orElseThrow();
        assertThat(entry.status()).isEqualTo(OutboxStatus.SENT);
        assertThat(entry.attempts()).isEqualTo(1);
        assertThat(entry.sentAt()).isNotNull();
    }

    @Test
    void sendsEachMessageOnlyOnce() {
        database.queue("a@example.kz", "first", "1");
        database.queue("b@example.kz", "second", "2");
        JavaMailSenderImpl sender = sender(smtp.getSmtp().getPort());

        assertThat(dispatcher.dispatch(sender).sent()).isEqualTo(2);
        assertThat(dispatcher.dispatch(sender)).isEqualTo(DispatchReport.NOTHING);
        assertThat(smtp.getReceivedMessages()).hasSize(2);
    }

    @Test
    void drainsSeveralBatchesInOneRun() {
        int count = OutboxDispatcher.BATCH_SIZE * 2 + 7;
        for (int i = 0; i < count; i++) {
            database.queue("bulk" + i + "@example.kz", "bulk " + i, "body");
        }

        DispatchReport report = dispatcher.dispatch(sender(smtp.getSmtp().getPort()));

        assertThat(report.sent()).isEqualTo(count);
        assertThat(smtp.getReceivedMessages()).hasSize(count);
        assertThat(database.statuses()).containsOnly("SENT");
    }

    @Test
    void failedAttemptsBackOffExponentiallyAndGiveUpAfterFive() throws IOException {
        UUID id = database.queue("nobody@example.kz", "subject", "body");
        JavaMailSenderImpl down = sender(unusedPort());

        for (int attempt = 1; attempt <= 4; attempt++) {
            assertThat(dispatcher.dispatch(down)).isEqualTo(new DispatchReport(0, 1));
            OutboxEntry entry = database.repository().find(id).orElseThrow();
            assertThat(entry.status()).isEqualTo(OutboxStatus.QUEUED);
            assertThat(entry.attempts()).isEqualTo(attempt);
            assertThat(entry.lastError()).isNotBlank();
            double expectedSeconds = 60.0 * (1 << (attempt - 1));
            assertThat(database.secondsUntilNextAttempt(id)).isBetween(expectedSeconds - 30, expectedSeconds + 1);
            assertThat(dispatcher.dispatch(down)).as("not due during the back-off").isEqualTo(DispatchReport.NOTHING);
            database.makeDue(id);
        }

        assertThat(dispatcher.dispatch(down)).isEqualTo(new DispatchReport(0, 1));
        OutboxEntry failed = database.repository().find(id).orElseThrow();
        assertThat(failed.status()).isEqualTo(OutboxStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(5);
        assertThat(failed.lastError()).contains("MailSendException");
        assertThat(failed.sentAt()).isNull();

        database.makeDue(id);
        assertThat(dispatcher.dispatch(sender(smtp.getSmtp().getPort())))
                .as("a FAILED message is not retried on its own").isEqualTo(DispatchReport.NOTHING);
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void requeuedMessageIsDeliveredWithFreshAttempts() throws IOException {
        UUID id = database.queue("later@example.kz", "subject", "body");
        OutboxDispatcher impatient = database.dispatcher(new NotificationsProperties("no-reply@edufusion.test", Duration.ZERO, 1));
        impatient.dispatch(sender(unusedPort()));
        assertThat(database.repository().find(id).orElseThrow().status()).isEqualTo(OutboxStatus.FAILED);

        assertThat(database.repository().requeue(id)).isTrue();
        assertThat(database.repository().find(id).orElseThrow().attempts()).isZero();
        assertThat(dispatcher.dispatch(sender(smtp.getSmtp().getPort())).sent()).isEqualTo(1);
        assertThat(database.repository().find(id).orElseThrow().status()).isEqualTo(OutboxStatus.SENT);
    }

    @Test
    void heldMessageIsNotSent() {
        UUID id = database.queue("held@example.kz", "subject", "body");
        assertThat(database.repository().hold(id)).isTrue();

        assertThat(dispatcher.dispatch(sender(smtp.getSmtp().getPort()))).isEqualTo(DispatchReport.NOTHING);
        assertThat(database.repository().find(id).orElseThrow().status()).isEqualTo(OutboxStatus.HELD);
        assertThat(database.repository().hold(id)).as("only a QUEUED message can be held").isFalse();
    }

    static JavaMailSenderImpl sender(int port) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(port);
        Properties properties = new Properties();
        properties.setProperty("mail.smtp.connectiontimeout", "2000");
        properties.setProperty("mail.smtp.timeout", "5000");
        sender.setJavaMailProperties(properties);
        return sender;
    }

    /** A loopback port nobody listens on: the "SMTP server is down" case. */
    private static int unusedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
