package kz.edufusion.alignment.gap;

import kz.edufusion.labormarket.VacanciesImported;
import kz.edufusion.programs.ProgramSkillsChanged;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Recomputes after the events that change its inputs. Both listeners run after the publisher's commit; the
 * event publication registry keeps an event until its listener completed, so a node dying mid-run redoes it.
 * The demand cells are read from the vacancies themselves, so the import's aggregate rebuild need not finish first.
 */
@Component
class GapRecomputeTriggers {

    private final GapRecompute recompute;

    GapRecomputeTriggers(GapRecompute recompute) {
        this.recompute = recompute;
    }

    @ApplicationModuleListener
    void on(VacanciesImported event) {
        if (event.changed() > 0) {
            recompute.recomputeNation(RecomputeTrigger.IMPORT);
        }
    }

    @ApplicationModuleListener
    void on(ProgramSkillsChanged event) {
        recompute.recomputeProgram(event.programId());
    }
}
