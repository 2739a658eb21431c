package kz.edufusion.identity;

import java.time.Instant;
import java.util.UUID;

/** One line of the audit log. */
public record AuditEntry(long id, Instant occurredAt, UUID actorId, String actorEmail, String action,
        String objectType, String objectId, String detail, String remoteAddress) {
}
