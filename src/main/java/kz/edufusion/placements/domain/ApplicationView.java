package kz.edufusion.placements.domain;

import java.time.Instant;
import java.util.UUID;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.placements.ApplicationStatus;

/** An application as its student, the offer's company and the student's coordinators see it. */
public record ApplicationView(UUID id, UUID offerId, LocalizedText offerTitle, UUID companyId, LocalizedText companyName,
        UUID studentId, String studentName, UUID universityId, ApplicationStatus status, String motivation,
        String cvFileName, boolean nominated, Instant interviewAt, String interviewPlace, String decisionReason,
        Instant createdAt) {

    public boolean hasCv() {
        return cvFileName != null;
    }
}
