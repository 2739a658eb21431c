package kz.edufusion.identity.domain;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.UUID;
import kz.edufusion.identity.Role;

/** A role of a person in an organization, stored as part of the person. */
@Embeddable
class MembershipRecord {

    private UUID organizationId;
    @Enumerated(EnumType.STRING)
    private Role role;
    private Instant since;

    protected MembershipRecord() {
    }

    MembershipRecord(UUID organizationId, Role role) {
        this.organizationId = organizationId;
        this.role = role;
        this.since = Instant.now();
    }

    UUID organizationId() {
        return organizationId;
    }

    Role role() {
        return role;
    }

    Instant since() {
        return since;
    }

    boolean same(UUID organization, Role other) {
        return organizationId.equals(organization) && role == other;
    }
}
