package kz.edufusion.identity;

import java.time.Instant;
import java.util.UUID;
import kz.edufusion.common.LocalizedText;

/** An organization as other modules and the API see it. */
public record OrganizationView(UUID id, OrganizationType type, OrganizationStatus status, LocalizedText name,
        String shortName, String bin, String regionCode, String okedSection, String website, String statusReason,
        Instant createdAt) {
}
