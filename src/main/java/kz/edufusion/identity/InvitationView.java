package kz.edufusion.identity;

import java.time.Instant;
import java.util.UUID;
import kz.edufusion.common.LocalizedText;

/** An invitation to join an organization in a role, without its secret. */
public record InvitationView(UUID id, UUID organizationId, LocalizedText organizationName, Role role, String email,
        Instant createdAt, Instant expiresAt, Instant acceptedAt, Instant revokedAt) {

    public boolean open() {
        return acceptedAt == null && revokedAt == null && expiresAt.isAfter(Instant.now());
    }
}
