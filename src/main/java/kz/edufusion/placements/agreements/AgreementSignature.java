package kz.edufusion.placements.agreements;

import java.time.Instant;
import java.util.UUID;
import kz.edufusion.placements.PlacementParty;

/**
 * One party's signature of one version: who signed (the name they typed, matched to their account), the consent
 * they gave, the SHA-256 of the document they signed, when and from where.
 */
public record AgreementSignature(PlacementParty party, UUID signerId, String typedName, String consentText,
        String documentSha256, String ipAddress, String userAgent, Instant signedAt) {
}
