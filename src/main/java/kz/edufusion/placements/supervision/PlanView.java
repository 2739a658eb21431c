package kz.edufusion.placements.supervision;

import java.util.List;
import java.util.Set;
import kz.edufusion.placements.PlacementParty;
import kz.edufusion.placements.domain.PlacementView;
import kz.edufusion.programs.ProgramOutcomeView;

/**
 * The practice plan of one placement as its party sees it: the assignments, the learning outcomes of the student's
 * program to tie them to, and whether this reader may edit (tutor, mentor, the university's coordinator).
 */
public record PlanView(PlacementView placement, Set<PlacementParty> parties, boolean editable, String programCode,
        List<ProgramOutcomeView> programOutcomes, List<AssignmentView> assignments) {
}
