package kz.edufusion.placements.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.AuditLog;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.IdentityDirectory;
import kz.edufusion.identity.OrganizationView;
import kz.edufusion.identity.PersonView;
import kz.edufusion.placements.PlacementWay;
import kz.edufusion.placements.ProposalStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A student proposes a company they found; a coordinator of their university approves (a placement) or rejects. */
@Service
@Transactional
public class Proposals {

    private final ProposalStore store;
    private final Offers offers;
    private final PlacementRegistry placements;
    private final IdentityDirectory directory;
    private final AuditLog audit;

    Proposals(ProposalStore store, Offers offers, PlacementRegistry placements, IdentityDirectory directory, AuditLog audit) {
        this.store = store;
        this.offers = offers;
        this.placements = placements;
        this.directory = directory;
        this.audit = audit;
    }

    public ProposalView submit(CurrentUser user, ProposalCommand c) {
        UUID university = PlacementAccess.requireStudent(user);
        Optional<OrganizationView> company = Optional.ofNullable(c.companyId()).filter(offers::activeCompany)
                .flatMap(directory::organization);
        PlacementInputRejected.throwIfAny(c.problems(company.isPresent()));
        String name = company.map(o -> o.name().in("ru")).orElse(c.companyName() == null ? "" : c.companyName().strip());
        ProposalView proposal = new ProposalView(UUID.randomUUID(), user.personId(), user.displayName(), university,
                company.map(OrganizationView::id).orElse(null), name, c.type(), c.description().strip(), c.startsOn(),
                c.endsOn(), c.hoursPerWeek(), c.stipendKzt(), ProposalStatus.SUBMITTED, null);
        store.insert(proposal);
        audit.record("placements.proposal.submitted", "proposal", proposal.id(), name);
        return proposal;
    }

    public void approve(CurrentUser user, UUID proposalId) {
        ProposalView p = coordinated(user, proposalId);
        if (!store.decide(proposalId, ProposalStatus.APPROVED, null, user.personId())) {
            throw DomainProblem.conflict("placements.problem.proposalDecided");
        }
        placements.create(new NewPlacement(PlacementWay.PROPOSAL, p.studentId(), p.universityId(), p.companyId(),
                p.companyName(), null, null, p.id(), null, p.type(), p.startsOn(), p.endsOn(), p.hoursPerWeek(),
                p.stipendKzt(), user.personId()));
        audit.record("placements.proposal.approved", "proposal", proposalId, null);
    }

    public void reject(CurrentUser user, UUID proposalId, String reason) {
        coordinated(user, proposalId);
        if (reason == null || reason.isBlank()) {
            throw DomainProblem.invalidField("reason", "placements.validation.reason");
        }
        if (!store.decide(proposalId, ProposalStatus.REJECTED, reason.strip(), user.personId())) {
            throw DomainProblem.conflict("placements.problem.proposalDecided");
        }
        audit.record("placements.proposal.rejected", "proposal", proposalId, null);
    }

    @Transactional(readOnly = true)
    public List<ProposalView> mine(CurrentUser user) {
        return named(store.where("student_id = ?", user.personId()));
    }

    @Transactional(readOnly = true)
    public List<ProposalView> ofMyUniversities(CurrentUser user) {
        return named(store.where("university_id = ANY(?)", PlacementAccess.universities(user)));
    }

    private ProposalView coordinated(CurrentUser user, UUID id) {
        return store.find(id).filter(p -> PlacementAccess.coordinates(user, p.universityId())).orElseThrow(PlacementAccess::hidden);
    }

    private List<ProposalView> named(List<ProposalView> proposals) {
        return proposals.stream().map(p -> new ProposalView(p.id(), p.studentId(),
                directory.person(p.studentId()).map(PersonView::fullName).orElse(""), p.universityId(), p.companyId(),
                p.companyName(), p.type(), p.description(), p.startsOn(), p.endsOn(), p.hoursPerWeek(), p.stipendKzt(),
                p.status(), p.decisionReason())).toList();
    }
}
