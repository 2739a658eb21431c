package kz.edufusion.placements.dashboards;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import kz.edufusion.placements.OfferType;
import kz.edufusion.placements.PlacementStatus;

/**
 * One row of a list behind a figure: a student (program and year of study from the profile) and, in the lists of
 * placements, the placement with its diary silence ({@link DiaryRule}; null unless ACTIVE), the reasons it is at
 * risk, its mentor and the diary entries waiting for the mentor.
 */
public record DashboardRow(UUID studentId, String studentName, String programCode, Integer yearOfStudy,
        UUID placementId, String companyName, OfferType offerType, PlacementStatus status, LocalDate startsOn,
        LocalDate endsOn, Integer stipendKzt, Integer silentDays, boolean riskDiary, boolean riskScore,
        boolean riskEnded, UUID mentorId, String mentorName, long pendingEntries, Instant oldestPending) {
}
