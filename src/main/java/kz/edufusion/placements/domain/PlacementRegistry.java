package kz.edufusion.placements.domain;

import java.util.List;
import java.util.UUID;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.AuditLog;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.IdentityDirectory;
import kz.edufusion.identity.PersonView;
import kz.edufusion.placements.PlacementWay;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way placements are made, for every way they happen (applications, proposals, and allocation rounds later):
 * inside the caller's transaction, a placement at an offer first locks the offer's row and counts its placements,
 * so two acceptances of the last seat queue up and the second finds no seat left.
 */
@Service
public class PlacementRegistry {

    private final PlacementStore store;
    private final OfferStore offers;
    private final IdentityDirectory directory;
    private final AuditLog audit;

    PlacementRegistry(PlacementStore store, OfferStore offers, IdentityDirectory directory, AuditLog audit) {
        this.store = store;
        this.offers = offers;
        this.directory = directory;
        this.audit = audit;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public UUID create(NewPlacement placement) {
        if (placement.offerId() != null) {
            Offer offer = offers.lock(placement.offerId()).orElseThrow(PlacementAccess::hidden);
            if (offers.placed(offer.id()) >= offer.terms().seats()) {
                throw DomainProblem.conflict("placements.problem.noSeatsLeft", offer.terms().seats());
            }
        }
        if (placement.way() == PlacementWay.ROUND && placement.roundId() == null) {
            throw new IllegalArgumentException("a round placement names its round");
        }
        UUID id = store.insert(placement);
        audit.record("placements.placement.created", "placement", id, placement.way() + " student " + placement.studentId());
        return id;
    }

    @Transactional(readOnly = true)
    public List<PlacementView> mine(CurrentUser user) {
        return named(store.where("student_id = ?", user.personId()));
    }

    /** The interns of the companies the user represents. */
    @Transactional(readOnly = true)
    public List<PlacementView> interns(CurrentUser user) {
        return named(store.where("company_id = ANY(?)", PlacementAccess.companies(user)));
    }

    /** The placements of the students of the universities the user coordinates. */
    @Transactional(readOnly = true)
    public List<PlacementView> ofMyUniversities(CurrentUser user) {
        return named(store.where("university_id = ANY(?)", PlacementAccess.universities(user)));
    }

    private List<PlacementView> named(List<PlacementView> placements) {
        return placements.stream().map(p -> new PlacementView(p.id(), p.way(), p.studentId(),
                directory.person(p.studentId()).map(PersonView::fullName).orElse(""), p.universityId(), p.companyId(),
                p.companyName(), p.offerId(), p.offerType(), p.startsOn(), p.endsOn(), p.hoursPerWeek(), p.stipendKzt(),
                p.tutorId(), p.mentorId())).toList();
    }
}
