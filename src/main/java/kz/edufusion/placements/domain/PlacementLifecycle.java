package kz.edufusion.placements.domain;

import java.util.UUID;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.AuditLog;
import kz.edufusion.placements.PlacementStatus;
import kz.edufusion.placements.PlacementStatusChanged;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only code that moves a placement's status, inside the caller's transaction: the agreement activates it once
 * all three parties signed or terminates it, the final evaluation completes it. Authorization is the caller's (it
 * knows which party acts); this class keeps the order of states and tells listeners.
 */
@Service
public class PlacementLifecycle {

    private final PlacementStore store;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    PlacementLifecycle(PlacementStore store, AuditLog audit, ApplicationEventPublisher events) {
        this.store = store;
        this.audit = audit;
        this.events = events;
    }

    /** AGREEMENT -> ACTIVE: the tripartite agreement is signed by all three parties. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void activate(UUID placementId) {
        move(placementId, PlacementStatus.AGREEMENT, PlacementStatus.ACTIVE, null);
    }

    /** ACTIVE -> COMPLETED (passed) or INCOMPLETE (final evaluation below the minimum score). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void finish(UUID placementId, boolean passed, String reason) {
        move(placementId, PlacementStatus.ACTIVE, passed ? PlacementStatus.COMPLETED : PlacementStatus.INCOMPLETE, reason);
    }

    /** AGREEMENT or ACTIVE -> TERMINATED, with the reason shown to every party. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void terminate(UUID placementId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw DomainProblem.invalidField("reason", "placements.validation.reasonRequired");
        }
        PlacementStatus from = store.find(placementId).orElseThrow(PlacementAccess::hidden).status();
        if (!from.holdsTime()) {
            throw DomainProblem.conflict("placements.problem.placementStatus", from.name());
        }
        move(placementId, from, PlacementStatus.TERMINATED, reason.strip());
    }

    private void move(UUID placementId, PlacementStatus from, PlacementStatus to, String reason) {
        if (!store.move(placementId, from, to, reason)) {
            PlacementStatus now = store.find(placementId).orElseThrow(PlacementAccess::hidden).status();
            throw DomainProblem.conflict("placements.problem.placementStatus", now.name());
        }
        audit.record("placements.placement.status", "placement", placementId, from + " -> " + to);
        events.publishEvent(new PlacementStatusChanged(placementId, from, to, reason));
    }
}
