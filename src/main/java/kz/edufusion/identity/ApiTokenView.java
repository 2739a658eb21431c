package kz.edufusion.identity;

import java.time.Instant;
import java.util.UUID;

/** A personal API token as its owner sees it: the secret itself is shown once, at creation, and never stored. */
public record ApiTokenView(UUID id, String name, String prefix, Instant createdAt, Instant expiresAt,
        Instant lastUsedAt, Instant revokedAt) {

    public boolean active() {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(Instant.now()));
    }
}
