package kz.edufusion.placements.domain;

import java.util.List;
import java.util.UUID;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.AuditLog;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.IdentityDirectory;
import kz.edufusion.identity.PersonView;
import kz.edufusion.identity.Role;
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

    /** The coordinator of the student's university names the academic tutor (a tutor of that university). */
    @Transactional
    public void assignTutor(CurrentUser user, UUID placementId, UUID tutorId) {
        PlacementView p = store.find(placementId).filter(v -> PlacementAccess.coordinates(user, v.universityId()))
                .orElseThrow(PlacementAccess::hidden);
        requireMember(tutorId, p.universityId(), Role.ACADEMIC_TUTOR, "tutorId");
        store.assign(placementId, "tutor_id", tutorId);
        audit.record("placements.placement.tutor", "placement", placementId, "tutor " + tutorId);
    }

    /** A representative of the company names the mentor (a mentor of that company). */
    @Transactional
    public void assignMentor(CurrentUser user, UUID placementId, UUID mentorId) {
        PlacementView p = store.find(placementId).filter(v -> PlacementAccess.represents(user, v.companyId()))
                .orElseThrow(PlacementAccess::hidden);
        requireMember(mentorId, p.companyId(), Role.COMPANY_MENTOR, "mentorId");
        store.assign(placementId, "mentor_id", mentorId);
        audit.record("placements.placement.mentor", "placement", placementId, "mentor " + mentorId);
    }

    private void requireMember(UUID personId, UUID organizationId, Role role, String field) {
        boolean member = personId != null && directory.person(personId).stream().flatMap(p -> p.memberships().stream())
                .anyMatch(m -> m.effective() && m.role() == role && m.organizationId().equals(organizationId));
        if (!member) {
            throw DomainProblem.invalidField(field, "placements.validation.member");
        }
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
