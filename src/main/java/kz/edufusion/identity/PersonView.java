package kz.edufusion.identity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A person with their roles, without any credential. */
public record PersonView(UUID id, String email, String fullName, String language, boolean enabled, boolean locked,
        Instant createdAt, Instant lastLoginAt, List<Membership> memberships) {
}
