package kz.edufusion.placements.evaluation;

import java.util.List;
import kz.edufusion.placements.domain.PlacementView;

/** The competence record of one completed placement: where and when, and what was demonstrated. */
public record CompetenceRecord(PlacementView placement, String certificateNumber, List<Competence> competences) {
}
