package kz.edufusion.placements.domain;

import java.time.LocalDate;
import java.util.UUID;
import kz.edufusion.placements.OfferType;
import kz.edufusion.placements.ProposalStatus;

/** A student's proposal as they and their coordinators see it. */
public record ProposalView(UUID id, UUID studentId, String studentName, UUID universityId, UUID companyId,
        String companyName, OfferType type, String description, LocalDate startsOn, LocalDate endsOn, int hoursPerWeek,
        Integer stipendKzt, ProposalStatus status, String decisionReason) {
}
