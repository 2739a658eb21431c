package kz.edufusion.placements.agreements;

import kz.edufusion.placements.PlacementStatus;
import kz.edufusion.placements.PlacementStatusChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The agreement follows its placement, in the same transaction (a synchronous listener): a placement COMPLETED or
 * INCOMPLETE completes its agreement, one TERMINATED by any part of the platform terminates it with the same reason.
 * A version still being prepared or signed is withdrawn, so nobody signs an agreement that has ended.
 */
@Component
class AgreementEndings {

    private final AgreementStore store;

    AgreementEndings(AgreementStore store) {
        this.store = store;
    }

    @EventListener
    void placementMoved(PlacementStatusChanged change) {
        if (!change.to().finished() || store.lock(change.placementId()).map(AgreementStatus::ended).orElse(true)) {
            return;
        }
        store.withdrawOpen(change.placementId());
        if (change.to() == PlacementStatus.TERMINATED) {
            store.end(change.placementId(), AgreementStatus.TERMINATED, change.reason(), null);
        } else {
            store.end(change.placementId(), AgreementStatus.COMPLETED, null, null);
        }
    }
}
