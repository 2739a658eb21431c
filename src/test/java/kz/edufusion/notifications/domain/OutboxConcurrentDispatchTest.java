package kz.edufusion.notifications.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessagePreparator;

/** Two dispatchers (as on two nodes) working the same outbox never send a message twice. */
class OutboxConcurrentDispatchTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(
            new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

    private static final NotificationsProperties PROPERTIES =
            new NotificationsProperties("no-reply@edufusion.test", Duration.ofMinutes(1), 5);

    private OutboxTestDatabase database;
    private ExecutorService threads;

    @BeforeEach
    void setUp() {
        database = OutboxTestDatabase.create();
        threads = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void tearDown() throws InterruptedException {
        threads.shutdownNow();
        threads.awaitTermination(10, TimeUnit.SECONDS);
        database.close();
    }

    @Test
    void secondDispatcherSkipsTheRowsTheFirstOneHoldsLocked() throws Exception {
        queue(OutboxDispatcher.BATCH_SIZE + 10);
        CountDownLatch firstIsSending = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        JavaMailSenderImpl blockingOnFirstMail = new JavaMailSenderImpl() {
            @Override
            public void send(MimeMessagePreparator preparator) {
                firstIsSending.countDown();
                await(release);
                super.send(preparator);
            }
        };
        configure(blockingOnFirstMail);

        CompletableFuture<DispatchReport> first = CompletableFuture.supplyAsync(
                () -> database.dispatcher(PROPERTIES).dispatch(blockingOnFirstMail), threads);
        assertThat(firstIsSending.await(30, TimeUnit.SECONDS)).isTrue();
        // the first dispatcher now holds a whole batch locked and is stuck in its first SMTP call
        DispatchReport second = database.dispatcher(PROPERTIES).dispatch(OutboxDispatcherTest.sender(smtp.getSmtp().getPort()));
        release.countDown();

        assertThat(second).as("only the rows outside the locked batch").isEqualTo(new DispatchReport(10, 0));
        assertThat(first.get(60, TimeUnit.SECONDS)).isEqualTo(new DispatchReport(OutboxDispatcher.BATCH_SIZE, 0));
        assertEachSubjectReceivedOnce(OutboxDispatcher.BATCH_SIZE + 10);
    }

    @Test
    void racingDispatchersShareTheWorkWithoutDuplicates() throws Exception {
        int count = 300;
        queue(count);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<DispatchReport>> runs = new ArrayList<>();
        for (int node = 0; node < 2; node++) {
            OutboxDispatcher dispatcher = database.dispatcher(PROPERTIES);
            JavaMailSenderImpl sender = OutboxDispatcherTest.sender(smtp.getSmtp().getPort());
            runs.add(CompletableFuture.supplyAsync(() -> {
                await(start);
                return dispatcher.dispatch(sender);
            }, threads));
        }
        start.countDown();

        int sent = 0;
        for (CompletableFuture<DispatchReport> run : runs) {
            DispatchReport report = run.get(120, TimeUnit.SECONDS);
            assertThat(report.failed()).isZero();
            sent += report.sent();
        }
        assertThat(sent).isEqualTo(count);
        assertEachSubjectReceivedOnce(count);
        assertThat(database.statuses()).hasSize(count).containsOnly("SENT");
    }

    private void queue(int count) {
        for (int i = 0; i < count; i++) {
            database.queue("user" + i + "@example.kz", "message " + i, "body " + i);
        }
    }

    private void assertEachSubjectReceivedOnce(int count) throws MessagingException {
        MimeMessage[] received = smtp.getReceivedMessages();
        Set<String> subjects = new HashSet<>();
        for (MimeMessage message : received) {
            subjects.add(message.getSubject());
        }
        assertThat(received).hasSize(count);
        assertThat(subjects).hasSize(count);
    }

    private void configure(JavaMailSenderImpl sender) {
        JavaMailSenderImpl template = OutboxDispatcherTest.sender(smtp.getSmtp().getPort());
        sender.setHost(template.getHost());
        sender.setPort(template.getPort());
        sender.setJavaMailProperties(template.getJavaMailProperties());
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Timed out waiting for the other dispatcher");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
