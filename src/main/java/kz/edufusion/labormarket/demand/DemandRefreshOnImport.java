package kz.edufusion.labormarket.demand;

import kz.edufusion.labormarket.DemandAggregates;
import kz.edufusion.labormarket.VacanciesImported;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the aggregates once an import run has committed. The event publication registry keeps the event
 * until this listener completes, so a node that dies mid-rebuild redoes it after the restart.
 */
@Component
class DemandRefreshOnImport {

    private final DemandAggregates aggregates;

    DemandRefreshOnImport(DemandAggregates aggregates) {
        this.aggregates = aggregates;
    }

    @ApplicationModuleListener
    void on(VacanciesImported event) {
        if (event.changed() > 0) {
            aggregates.refresh(DemandAggregates.Trigger.IMPORT);
        }
    }
}
