package kz.edufusion.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import kz.edufusion.common.PageQuery;
import kz.edufusion.platform.database.EmbeddedPostgresServer;
import kz.edufusion.support.SharedTestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole chain as configured in production: Spring Boot's JavaMailSender from {@code spring.mail.*},
 * the scheduled, ShedLock-guarded job, and the dispatcher. It runs on a database of its own because the
 * job sends every queued mail it finds, and is closed afterwards so its scheduler stops.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@DirtiesContext
class OutboxDeliveryEndToEndTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(
            new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort()).withPerMethodLifecycle(false);

    @Autowired
    Notifications notifications;

    @Autowired
    NotificationsOutbox outbox;

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        EmbeddedPostgresServer server = SharedTestDatabase.server();
        String database = createDatabase(server);
        registry.add("edufusion.db.url", () -> server.jdbcUrl().replace("/postgres", "/" + database));
        registry.add("edufusion.db.user", server::user);
        registry.add("edufusion.db.password", () -> "");
        registry.add("edufusion.jobs.enabled", () -> "true");
        registry.add("edufusion.notifications.dispatch-interval", () -> "PT0.2S");
        registry.add("edufusion.notifications.from", () -> "platform@edufusion.test");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
    }

    @Test
    void queuedMailIsDeliveredByTheScheduledJob() throws Exception {
        String recipient = "e2e-" + UUID.randomUUID().toString().substring(0, 8) + "@example.kz";
        notifications.email(new OutgoingEmail(recipient, "Шақыру", "Сізді EduFusion платформасына шақырамыз."));

        assertThat(outbox.smtpConfigured()).isTrue();
        await(() -> smtp.getReceivedMessages().length == 1);
        MimeMessage received = smtp.getReceivedMessages()[0];
        assertThat(received.getAllRecipients()[0]).hasToString(recipient);
        assertThat(received.getFrom()[0]).hasToString("platform@edufusion.test");
        assertThat(received.getSubject()).isEqualTo("Шақыру");
        await(() -> outbox.count(OutboxStatus.SENT) == 1);
        assertThat(outbox.search(recipient, "SENT", PageQuery.of(0, 1)).items()).singleElement()
                .satisfies(entry -> assertThat(entry.sentAt()).isNotNull());
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waited too long for the dispatch job").isBefore(deadline);
            Thread.sleep(100);
        }
    }

    private static String createDatabase(EmbeddedPostgresServer server) {
        String name = "outbox_e2e_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = new DriverManagerDataSource(server.jdbcUrl(), server.user(), "").getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name, e);
        }
        return name;
    }
}
