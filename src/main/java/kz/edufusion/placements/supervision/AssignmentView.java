package kz.edufusion.placements.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kz.edufusion.placements.domain.SkillChoice;
import kz.edufusion.programs.ProgramOutcomeView;

/** One assignment of a practice plan with its learning outcomes and skills by name. */
public record AssignmentView(UUID id, int position, String title, String description, LocalDate dueOn,
        List<ProgramOutcomeView> outcomes, List<SkillChoice> skills) {

    public boolean hasOutcome(String code) {
        return outcomes.stream().anyMatch(o -> o.code().equals(code));
    }
}
