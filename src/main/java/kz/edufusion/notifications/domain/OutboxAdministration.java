package kz.edufusion.notifications.domain;

import java.util.Optional;
import java.util.UUID;
import kz.edufusion.common.PageQuery;
import kz.edufusion.common.PageResponse;
import kz.edufusion.notifications.NotificationsOutbox;
import kz.edufusion.notifications.OutboxEntry;
import kz.edufusion.notifications.OutboxStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class OutboxAdministration implements NotificationsOutbox {

    private final OutboxRepository outbox;
    private final SmtpServer smtp;

    OutboxAdministration(OutboxRepository outbox, SmtpServer smtp) {
        this.outbox = outbox;
        this.smtp = smtp;
    }

    @Override
    @Transactional(readOnly = true)
    public PageResponse<OutboxEntry> search(String recipientContains, String status, PageQuery query) {
        OutboxFilter filter = OutboxFilter.of(recipientContains, status(status));
        long total = outbox.count(filter);
        return PageResponse.of(outbox.search(filter, query.offset(), query.size()), query, total);
    }

    @Override
    public long count(OutboxStatus status) {
        return outbox.count(OutboxFilter.of(null, status));
    }

    @Override
    public boolean smtpConfigured() {
        return smtp.sender().isPresent();
    }

    @Override
    public Optional<OutboxEntry> find(UUID id) {
        return outbox.find(id);
    }

    @Override
    public boolean requeue(UUID id) {
        return outbox.requeue(id);
    }

    @Override
    public boolean hold(UUID id) {
        return outbox.hold(id);
    }

    private static OutboxStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        return OutboxStatus.parse(status)
                .orElseThrow(() -> new IllegalArgumentException("Unknown outbox status: " + status));
    }
}
