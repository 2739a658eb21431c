package kz.edufusion.placements.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.placements.OfferStatus;
import kz.edufusion.placements.OfferType;
import kz.edufusion.placements.Selection;

/**
 * An offer as pages and the API show it. {@code stipendKzt} null = unpaid; {@code matchPercent} is the reader's
 * skill-match score (null when the offer lists no skills or the reader has no profile).
 */
public record OfferView(UUID id, UUID companyId, LocalizedText companyName, OfferType type, Selection selection,
        LocalizedText title, LocalizedText description, List<SkillChoice> skills, List<String> fieldCodes,
        List<String> programCodes, int minYear, String regionCode, String city, boolean remote, LocalDate startsOn,
        LocalDate endsOn, int hoursPerWeek, int seats, int seatsTaken, Integer stipendKzt, String mentors,
        OfferStatus status, Integer matchPercent, UUID createdBy) {

    public boolean paid() {
        return stipendKzt != null && stipendKzt > 0;
    }

    public int seatsLeft() {
        return Math.max(0, seats - seatsTaken);
    }
}
