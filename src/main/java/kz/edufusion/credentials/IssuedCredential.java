package kz.edufusion.credentials;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A credential as stored: what it says, the signed VC-JWT ({@code jwt}) that is the credential itself, its status
 * and its public verification address.
 */
public record IssuedCredential(UUID id, UUID holderPersonId, String holderName, String achievementKey, String achievementType,
        String name, String description, String criteriaNarrative, List<Alignment> alignments, Instant validFrom,
        Instant validUntil, Instant issuedAt, String sourceModule, String sourceReference, String kid, String jwt,
        Instant revokedAt, String revokedReason, boolean hidden, String verificationUrl) {

    public IssuedCredential {
        alignments = List.copyOf(alignments);
    }

    public boolean revoked() {
        return revokedAt != null;
    }
}
