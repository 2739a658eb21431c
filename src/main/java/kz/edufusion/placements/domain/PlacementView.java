package kz.edufusion.placements.domain;

import java.time.LocalDate;
import java.util.UUID;
import kz.edufusion.placements.OfferType;
import kz.edufusion.placements.PlacementStatus;
import kz.edufusion.placements.PlacementWay;

/** A placement as pages and the API show it, with the names of the people and organizations in it. */
public record PlacementView(UUID id, PlacementWay way, UUID studentId, String studentName, UUID universityId,
        UUID companyId, String companyName, UUID offerId, OfferType offerType, LocalDate startsOn, LocalDate endsOn,
        int hoursPerWeek, Integer stipendKzt, UUID tutorId, UUID mentorId, PlacementStatus status, String statusReason) {

    public boolean paid() {
        return stipendKzt != null && stipendKzt > 0;
    }
}
