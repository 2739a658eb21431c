package kz.edufusion.academy.accreditation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kz.edufusion.common.LocalizedText;

/** A review with the agency and reviewer who made it, its criteria snapshot, and its decision once taken. */
public record ReviewView(UUID id, UUID reviewerId, String reviewerName, UUID agencyId, LocalizedText agency, Instant startedAt,
        List<ReviewItem> items, AccreditationDecision decision, String reasons, LocalDate validFrom, LocalDate validUntil, Instant decidedAt) {

    public boolean decided() {
        return decision != null;
    }
}
