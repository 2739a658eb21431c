package kz.edufusion.placements.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.placements.OfferType;

/**
 * A practice certificate as issued (copied from the placement at completion). {@code program} is null when the
 * student's profile names no program; {@code validUntil} null means it does not expire.
 */
public record Certificate(UUID id, UUID placementId, String number, String verificationCode, String holderName,
        LocalizedText university, LocalizedText company, String programCode, LocalizedText program, OfferType offerType,
        LocalDate startsOn, LocalDate endsOn, int hours, BigDecimal score, LocalDate issuedOn, LocalDate validUntil) {

    public boolean validOn(LocalDate day) {
        return !day.isBefore(issuedOn) && (validUntil == null || !day.isAfter(validUntil));
    }
}
