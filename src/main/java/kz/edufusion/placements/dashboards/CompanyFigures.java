package kz.edufusion.placements.dashboards;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.placements.ApplicationStatus;
import kz.edufusion.placements.OfferStatus;
import kz.edufusion.placements.OfferType;
import kz.edufusion.placements.PlacementStatus;

/**
 * One company's figures for one academic year: its offers whose dates touch the year with their applicants by
 * status and the interns placed at them, its interns (placements touching the year) by status, and each mentor's
 * workload (the row without a mentor: interns nobody was named for).
 */
public record CompanyFigures(UUID companyId, AcademicYear year, List<OfferRow> offers, Map<PlacementStatus, Long> interns,
        List<MentorRow> mentors) {

    public long internsTotal() {
        return interns.values().stream().mapToLong(Long::longValue).sum();
    }

    public record OfferRow(UUID offerId, LocalizedText title, OfferType type, OfferStatus status, LocalDate startsOn,
            LocalDate endsOn, int seats, Map<ApplicationStatus, Long> applicants, long placed) {

        public long applicantsTotal() {
            return applicants.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /**
     * {@code currentInterns}: placements in AGREEMENT or ACTIVE; {@code interns}: all of the year; {@code pending}:
     * diary entries SUBMITTED and not yet approved or returned, the oldest submitted at {@code oldestPending}.
     */
    public record MentorRow(UUID mentorId, String mentorName, long currentInterns, long interns, long pending,
            Instant oldestPending) {
    }
}
