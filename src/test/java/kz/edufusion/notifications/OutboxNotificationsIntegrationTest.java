package kz.edufusion.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.UUID;
import kz.edufusion.common.PageQuery;
import kz.edufusion.common.PageResponse;
import kz.edufusion.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The facade in the running application. The shared database also holds other tests' mail, so every
 * test uses its own recipients and asserts only on them.
 */
@IntegrationTest
class OutboxNotificationsIntegrationTest {

    @Autowired
    Notifications notifications;

    @Autowired
    NotificationsOutbox outbox;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void queuedMailIsReadableInTheOutbox() {
        String recipient = unique("aigerim") + "@Example.kz";
        notifications.email(new OutgoingEmail(" " + recipient + " ", "Құпия сөзді қалпына келтіру",
                "Сілтеме: https://edufusion.example/reset?token=abc"));

        PageResponse<OutboxEntry> found = outbox.search(recipient.toLowerCase(), null, PageQuery.of(0, 10));

        assertThat(found.items()).singleElement().satisfies(entry -> {
            assertThat(entry.recipient()).isEqualTo(recipient);
            assertThat(entry.subject()).isEqualTo("Құпия сөзді қалпына келтіру");
            assertThat(entry.body()).isEqualTo("Сілтеме: https://edufusion.example/reset?token=abc");
            assertThat(entry.status()).isEqualTo(OutboxStatus.QUEUED);
            assertThat(entry.attempts()).isZero();
            assertThat(entry.createdAt()).isNotNull();
            assertThat(entry.sentAt()).isNull();
            assertThat(outbox.find(entry.id())).contains(entry);
        });
    }

    @Test
    void mailOfARolledBackTransactionIsNeverQueued() {
        String recipient = unique("rollback") + "@example.kz";
        new TransactionTemplate(transactionManager).executeWithoutResult(tx -> {
            notifications.email(new OutgoingEmail(recipient, "subject", "body"));
            tx.setRollbackOnly();
        });

        assertThat(outbox.search(recipient, null, PageQuery.of(0, 10)).items()).isEmpty();
    }

    @Test
    void refusesAMalformedAddressOrSubject() {
        String recipient = unique("bad") + "@example.kz";
        assertThatIllegalArgumentException().isThrownBy(
                () -> notifications.email(new OutgoingEmail("not-an-address", "subject", "body")));
        assertThatIllegalArgumentException().isThrownBy(
                () -> notifications.email(new OutgoingEmail(recipient + "\r\nBcc: x@example.kz", "subject", "body")));
        assertThatIllegalArgumentException().isThrownBy(
                () -> notifications.email(new OutgoingEmail(recipient, " \r\n ", "body")));
        assertThat(outbox.search(recipient, null, PageQuery.of(0, 10)).items()).isEmpty();
    }

    @Test
    void subjectLineBreaksAreFlattened() {
        String recipient = unique("subject") + "@example.kz";
        notifications.email(new OutgoingEmail(recipient, "Hello\r\nBcc: x@example.kz", "body"));

        assertThat(outbox.search(recipient, null, PageQuery.of(0, 1)).items().get(0).subject())
                .isEqualTo("Hello Bcc: x@example.kz");
    }

    @Test
    void searchesByPartOfTheAddressAndByStatusNewestFirst() {
        String tag = unique("paging");
        for (int i = 0; i < 5; i++) {
            notifications.email(new OutgoingEmail(tag + "-" + i + "@example.kz", "message " + i, "body"));
        }
        UUID held = outbox.search(tag + "-4@", null, PageQuery.of(0, 1)).items().get(0).id();
        assertThat(outbox.hold(held)).isTrue();

        PageResponse<OutboxEntry> firstPage = outbox.search(tag.toUpperCase(), "", PageQuery.of(0, 2));
        assertThat(firstPage.totalItems()).isEqualTo(5);
        assertThat(firstPage.totalPages()).isEqualTo(3);
        assertThat(firstPage.items()).extracting(OutboxEntry::subject).containsExactly("message 4", "message 3");
        assertThat(outbox.search(tag, "", PageQuery.of(2, 2)).items())
                .extracting(OutboxEntry::subject).containsExactly("message 0");
        assertThat(outbox.search(tag, "held", PageQuery.of(0, 10)).items())
                .extracting(OutboxEntry::id).containsExactly(held);
        assertThat(outbox.search(tag, "QUEUED", PageQuery.of(0, 10)).totalItems()).isEqualTo(4);
        assertThatIllegalArgumentException().isThrownBy(() -> outbox.search(tag, "LOST", PageQuery.of(0, 10)));
    }

    @Test
    void searchTreatsLikeWildcardsLiterally() {
        String tag = unique("wild");
        notifications.email(new OutgoingEmail(tag + "_x@example.kz", "underscore", "body"));
        notifications.email(new OutgoingEmail(tag + "ax@example.kz", "letter", "body"));

        assertThat(outbox.search(tag + "_", null, PageQuery.of(0, 10)).items())
                .extracting(OutboxEntry::subject).containsExactly("underscore");
        assertThat(outbox.search(tag + "%", null, PageQuery.of(0, 10)).items()).isEmpty();
    }

    @Test
    void countsByStatusAndMovesBetweenQueuedAndHeld() {
        long queuedBefore = outbox.count(OutboxStatus.QUEUED);
        long heldBefore = outbox.count(OutboxStatus.HELD);
        String recipient = unique("count") + "@example.kz";
        notifications.email(new OutgoingEmail(recipient, "subject", "body"));
        UUID id = outbox.search(recipient, null, PageQuery.of(0, 1)).items().get(0).id();
        assertThat(outbox.count(OutboxStatus.QUEUED)).isEqualTo(queuedBefore + 1);

        assertThat(outbox.requeue(id)).as("a queued message is already queued").isFalse();
        assertThat(outbox.hold(id)).isTrue();
        assertThat(outbox.count(OutboxStatus.HELD)).isEqualTo(heldBefore + 1);
        assertThat(outbox.requeue(id)).isTrue();
        assertThat(outbox.find(id)).get().extracting(OutboxEntry::status).isEqualTo(OutboxStatus.QUEUED);
        assertThat(outbox.find(UUID.randomUUID())).isEmpty();
        assertThat(outbox.hold(UUID.randomUUID())).isFalse();
    }

    @Test
    void anEmptySmtpHostMeansNoSmtp() {
        // the test environment leaves EDUFUSION_SMTP_HOST unset, i.e. spring.mail.host is empty
        assertThat(outbox.smtpConfigured()).isFalse();
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }
}
