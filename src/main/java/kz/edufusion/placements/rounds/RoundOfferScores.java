package kz.edufusion.placements.rounds;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.edufusion.common.web.DomainProblem.FieldProblem;
import kz.edufusion.identity.AuditLog;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.IdentityDirectory;
import kz.edufusion.identity.PersonView;
import kz.edufusion.identity.Role;
import kz.edufusion.placements.domain.Offers;
import kz.edufusion.placements.domain.PlacementInputRejected;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The offers' side of a round, by their companies: a representative of an offer's company sees the students who ranked
 * it and may give each a score of 0-100 of their own, which replaces that student's skill-match score at the offer in
 * the run. Until the round is published (a change to a run round sends it back to CLOSED, to run again); nobody
 * else sees the applicants (404).
 */
@Service
@Transactional
public class RoundOfferScores {

    private final RoundStore store;
    private final RoundViews views;
    private final Offers offers;
    private final IdentityDirectory directory;
    private final AuditLog audit;

    RoundOfferScores(RoundStore store, RoundViews views, Offers offers, IdentityDirectory directory, AuditLog audit) {
        this.store = store;
        this.views = views;
        this.offers = offers;
        this.directory = directory;
        this.audit = audit;
    }

    /** The rounds (not drafts) in which the user's companies have offers. */
    @Transactional(readOnly = true)
    public List<RoundView> rounds(CurrentUser user) {
        Instant now = Instant.now();
        return store.withOffersOf(user.organizationsWhere(Role.COMPANY_REPRESENTATIVE).toArray(UUID[]::new)).stream()
                .map(r -> views.view(r, now)).toList();
    }

    @Transactional(readOnly = true)
    public OfferApplicants applicants(CurrentUser user, UUID roundId, UUID offerId) {
        Round round = store.find(roundId).orElseThrow(RoundAccess::hidden);
        return applicants(user, round, offerId);
    }

    /**
     * Sets the company's scores (student id to 0-100; null clears one) for students who ranked the offer; refused as
     * a whole, each wrong entry named {@code scores[<student id>]}, when a score is out of range or not an applicant's.
     */
    public OfferApplicants score(CurrentUser user, UUID roundId, UUID offerId, Map<UUID, Integer> scores) {
        applicants(user, roundId, offerId);
        Round round = store.lock(roundId).orElseThrow(RoundAccess::hidden);
        Instant now = Instant.now();
        round.require(now, RoundStatus.OPEN, RoundStatus.CLOSED, RoundStatus.RUN);
        Map<UUID, Integer> applicants = store.applicants(roundId, offerId);
        List<FieldProblem> problems = new ArrayList<>();
        Map<UUID, Integer> given = scores == null ? Map.of() : scores;
        given.forEach((student, score) -> {
            if (student == null || !applicants.containsKey(student)) {
                problems.add(new FieldProblem("scores[" + student + "]", "placements.rounds.validation.notApplicant"));
            } else if (score != null && (score < 0 || score > 100)) {
                problems.add(new FieldProblem("scores[" + student + "]", "placements.rounds.validation.score"));
            }
        });
        PlacementInputRejected.throwIfAny(problems);
        given.forEach((student, score) -> store.companyScore(roundId, offerId, student, score, user.personId()));
        if (round.status(now) == RoundStatus.RUN && !given.isEmpty()) {
            store.move(roundId, RoundStatus.CLOSED);
        }
        audit.record("placements.round.scored", "round", roundId, "offer " + offerId + ": " + given.size() + " scores");
        return applicants(user, store.find(roundId).orElseThrow(), offerId);
    }

    private OfferApplicants applicants(CurrentUser user, Round round, UUID offerId) {
        Instant now = Instant.now();
        RoundView view = views.view(round, now);
        RoundOfferView offer = view.offer(offerId);
        if (view.status() == RoundStatus.DRAFT || offer == null
                || !user.actsFor(offer.offer().companyId(), Role.COMPANY_REPRESENTATIVE)) {
            throw RoundAccess.hidden();
        }
        Map<UUID, Integer> applicants = store.applicants(round.id(), offerId);
        Map<UUID, Integer> matches = offers.matchPercents(List.of(offerId), applicants.keySet()).getOrDefault(offerId, Map.of());
        Map<UUID, Integer> own = store.companyScores(round.id()).getOrDefault(offerId, Map.of());
        List<OfferApplicants.Applicant> list = new ArrayList<>();
        applicants.forEach((student, choice) -> list.add(new OfferApplicants.Applicant(student,
                directory.person(student).map(PersonView::fullName).orElse(""), choice, matches.get(student), own.get(student))));
        boolean canScore = view.status() == RoundStatus.OPEN || view.status() == RoundStatus.CLOSED
                || view.status() == RoundStatus.RUN;
        return new OfferApplicants(view, offer.offer(), list, canScore);
    }
}
