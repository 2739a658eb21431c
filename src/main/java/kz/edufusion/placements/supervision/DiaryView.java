package kz.edufusion.placements.supervision;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import kz.edufusion.placements.PlacementParty;
import kz.edufusion.placements.domain.PlacementView;

/**
 * The diary of one placement as its party sees it: entries newest first, totals, whether it is late, and what this
 * reader may do (the student writes while the placement is ACTIVE; the student, mentor and tutor comment; the mentor
 * decides).
 */
public record DiaryView(PlacementView placement, Set<PlacementParty> parties, boolean canWrite, boolean canComment,
        boolean canDecide, boolean late, LocalDate lastEntry, LocalDate today, BigDecimal hoursLogged,
        BigDecimal hoursApproved, List<EntryView> entries, List<AssignmentChoice> assignments) {
}
