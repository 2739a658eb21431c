package kz.edufusion.credentials;

import java.time.Instant;
import java.util.UUID;

/**
 * What an issuing module asks for. {@code validFrom} null means now; {@code validUntil} null means no end. The
 * source names the issuing module and its object (e.g. {@code placements} and a placement id), which makes issuing
 * idempotent and lets the module find its credential again.
 */
public record CredentialRequest(UUID holderPersonId, String holderName, AchievementDefinition achievement,
        Instant validFrom, Instant validUntil, String sourceModule, String sourceReference) {
}
