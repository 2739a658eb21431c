package kz.edufusion.placements.domain;

import java.util.List;
import java.util.UUID;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.AuditLog;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.IdentityDirectory;
import kz.edufusion.identity.PersonView;
import kz.edufusion.identity.Role;
import kz.edufusion.placements.PlacementParty;
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
        if (store.overlaps(placement.studentId(), placement.startsOn(), placement.endsOn())) {
            throw DomainProblem.conflict("placements.problem.overlap", placement.startsOn(), placement.endsOn());
        }
        UUID id = store.insert(placement);
        audit.record("placements.placement.created", "placement", id, placement.way() + " student " + placement.studentId());
        return id;
    }

    /**
     * Whether the placement may take these terms (dates in order, 1-40 hours, no negative stipend, no other placement of
     * the student that holds their time in those dates): 400 with the fields to blame, 409 {@code overlap}; writes
     * nothing. The agreement checks it before a version with new terms is sent for signing.
     */
    @Transactional(readOnly = true)
    public void checkTerms(UUID placementId, java.time.LocalDate startsOn, java.time.LocalDate endsOn, Integer hoursPerWeek,
            Integer stipendKzt) {
        PlacementView p = store.find(placementId).orElseThrow(PlacementAccess::hidden);
        PlacementInputRejected.throwIfAny(Terms.problems(startsOn, endsOn, hoursPerWeek, stipendKzt));
        if (store.overlapsOther(p.studentId(), startsOn, endsOn, placementId)) {
            throw DomainProblem.conflict("placements.problem.overlap", startsOn, endsOn);
        }
    }

    /**
     * New terms for a placement that still holds the student's time, when an amendment of its agreement is signed by all
     * three parties: the same rules as {@link #checkTerms}, inside the caller's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void amendTerms(UUID placementId, java.time.LocalDate startsOn, java.time.LocalDate endsOn, int hoursPerWeek,
            Integer stipendKzt) {
        checkTerms(placementId, startsOn, endsOn, hoursPerWeek, stipendKzt);
        if (!store.updateTerms(placementId, startsOn, endsOn, hoursPerWeek, stipendKzt)) {
            PlacementView now = store.find(placementId).orElseThrow(PlacementAccess::hidden);
            throw DomainProblem.conflict("placements.problem.placementStatus", now.status().name());
        }
        audit.record("placements.placement.terms", "placement", placementId,
                startsOn + ".." + endsOn + ", " + hoursPerWeek + " h/week, " + (stipendKzt == null ? "unpaid" : stipendKzt + " KZT"));
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

    /**
     * The placement with the parts the user takes in it, or 404 when they take none (the same answer as for an id
     * that does not exist). Every page and endpoint of one placement starts here.
     */
    @Transactional(readOnly = true)
    public PlacementParticipation participation(CurrentUser user, UUID placementId) {
        PlacementView p = store.find(placementId).orElseThrow(PlacementAccess::hidden);
        java.util.EnumSet<PlacementParty> parties = java.util.EnumSet.noneOf(PlacementParty.class);
        if (p.studentId().equals(user.personId())) {
            parties.add(PlacementParty.STUDENT);
        }
        if (PlacementAccess.coordinates(user, p.universityId())) {
            parties.add(PlacementParty.UNIVERSITY);
        }
        if (PlacementAccess.represents(user, p.companyId())) {
            parties.add(PlacementParty.COMPANY);
        }
        if (user.personId().equals(p.tutorId()) && user.actsFor(p.universityId(), Role.ACADEMIC_TUTOR)) {
            parties.add(PlacementParty.TUTOR);
        }
        if (user.personId().equals(p.mentorId()) && p.companyId() != null && user.actsFor(p.companyId(), Role.COMPANY_MENTOR)) {
            parties.add(PlacementParty.MENTOR);
        }
        if (parties.isEmpty()) {
            throw PlacementAccess.hidden();
        }
        return new PlacementParticipation(named(List.of(p)).get(0), java.util.Collections.unmodifiableSet(parties));
    }

    /** The placements whose academic tutor the user is. */
    @Transactional(readOnly = true)
    public List<PlacementView> tutored(CurrentUser user) {
        return named(store.where("tutor_id = ?", user.personId())).stream()
                .filter(p -> user.actsFor(p.universityId(), Role.ACADEMIC_TUTOR)).toList();
    }

    /** The placements whose company mentor the user is. */
    @Transactional(readOnly = true)
    public List<PlacementView> mentored(CurrentUser user) {
        return named(store.where("mentor_id = ?", user.personId())).stream()
                .filter(p -> p.companyId() != null && user.actsFor(p.companyId(), Role.COMPANY_MENTOR)).toList();
    }

    @Transactional(readOnly = true)
    public PlacementPeople people(PlacementView p) {
        java.util.Optional<PersonView> none = java.util.Optional.empty();
        return new PlacementPeople(
                directory.organization(p.universityId()).map(o -> o.name()).orElse(kz.edufusion.common.LocalizedText.of("", "", "")),
                p.companyId() == null ? java.util.Optional.empty() : directory.organization(p.companyId()).map(o -> o.name()),
                directory.person(p.studentId()),
                p.tutorId() == null ? none : directory.person(p.tutorId()),
                p.mentorId() == null ? none : directory.person(p.mentorId()));
    }

    /** The tutors the coordinator may name for the placement, and the mentors its company may name. */
    @Transactional(readOnly = true)
    public List<PersonView> tutorChoices(PlacementView p) {
        return directory.peopleWithRole(p.universityId(), Role.ACADEMIC_TUTOR);
    }

    @Transactional(readOnly = true)
    public List<PersonView> mentorChoices(PlacementView p) {
        return p.companyId() == null ? List.of() : directory.peopleWithRole(p.companyId(), Role.COMPANY_MENTOR);
    }

    private List<PlacementView> named(List<PlacementView> placements) {
        return placements.stream().map(p -> new PlacementView(p.id(), p.way(), p.studentId(),
                directory.person(p.studentId()).map(PersonView::fullName).orElse(""), p.universityId(), p.companyId(),
                p.companyName(), p.offerId(), p.offerType(), p.startsOn(), p.endsOn(), p.hoursPerWeek(), p.stipendKzt(),
                p.tutorId(), p.mentorId(), p.status(), p.statusReason())).toList();
    }
}
