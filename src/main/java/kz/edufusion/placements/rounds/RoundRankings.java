package kz.edufusion.placements.rounds;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.common.web.DomainProblem.FieldProblem;
import kz.edufusion.identity.AuditLog;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.Role;
import kz.edufusion.placements.PlacementWay;
import kz.edufusion.placements.domain.Eligibility;
import kz.edufusion.placements.domain.Offers;
import kz.edufusion.placements.domain.PlacementInputRejected;
import kz.edufusion.placements.domain.PlacementRegistry;
import kz.edufusion.placements.domain.PlacementView;
import kz.edufusion.placements.domain.StudentProfile;
import kz.edufusion.placements.domain.StudentProfiles;
import kz.edufusion.placements.rounds.MyRound.RankedOffer;
import kz.edufusion.placements.rounds.RunRecords.StudentOutcome;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The students' side of allocation rounds: a student of the round's university with a placement profile sees an
 * open round when at least one of its offers is open to them (year, field, program: {@link Eligibility}), ranks up
 * to {@value #MAX_CHOICES} of those offers until the deadline, and, once the round is published, sees their own
 * outcome and why they did not get the offers they ranked higher. Nobody sees another student's ranking or outcome.
 */
@Service
@Transactional
public class RoundRankings {

    public static final int MAX_CHOICES = 10;

    private final RoundStore store;
    private final RunStore runs;
    private final RoundViews views;
    private final Offers offers;
    private final StudentProfiles profiles;
    private final PlacementRegistry placements;
    private final AuditLog audit;

    RoundRankings(RoundStore store, RunStore runs, RoundViews views, Offers offers, StudentProfiles profiles,
            PlacementRegistry placements, AuditLog audit) {
        this.store = store;
        this.runs = runs;
        this.views = views;
        this.offers = offers;
        this.profiles = profiles;
        this.placements = placements;
        this.audit = audit;
    }

    /** The open rounds the student may rank in, and the rounds they ranked in (waiting or with their result). */
    @Transactional(readOnly = true)
    public List<MyRound> mine(CurrentUser user) {
        Optional<StudentProfile> profile = profiles.mine(user);
        if (profile.isEmpty() || !RoundAccess.studiesAt(user, profile.get().universityId())) {
            return List.of();
        }
        Instant now = Instant.now();
        List<MyRound> mine = new ArrayList<>();
        for (Round round : store.shownToStudents(profile.get().universityId())) {
            boolean ranked = !store.preferences(round.id(), user.personId()).isEmpty();
            if (ranked || round.status(now) == RoundStatus.OPEN) {
                MyRound seen = seen(user, profile.get(), round, now);
                if (ranked || !seen.others().isEmpty()) {
                    mine.add(seen);
                }
            }
        }
        return mine;
    }

    @Transactional(readOnly = true)
    public MyRound read(CurrentUser user, UUID roundId) {
        Instant now = Instant.now();
        StudentProfile profile = profile(user);
        Round round = visible(user, profile, roundId);
        MyRound seen = seen(user, profile, round, now);
        if (seen.ranking().isEmpty() && seen.others().isEmpty()) {
            throw RoundAccess.hidden();
        }
        return seen;
    }

    /**
     * Replaces the student's ranking (best first) while the round is open: at most {@value #MAX_CHOICES} offers, each
     * once, each an offer of the round open to the student; otherwise nothing is saved and every position is named.
     */
    public MyRound save(CurrentUser user, UUID roundId, List<UUID> offerIds) {
        StudentProfile profile = profile(user);
        visible(user, profile, roundId);
        Round round = store.lock(roundId).orElseThrow(RoundAccess::hidden);
        Instant now = Instant.now();
        if (round.status(now) != RoundStatus.OPEN) {
            throw DomainProblem.conflict("placements.rounds.problem.notOpen");
        }
        List<UUID> ranking = offerIds == null ? List.of() : offerIds;
        Set<UUID> eligible = new HashSet<>(eligibleOffers(views.view(round, now), profile));
        List<FieldProblem> problems = new ArrayList<>();
        if (ranking.size() > MAX_CHOICES) {
            problems.add(new FieldProblem("offerIds", "placements.rounds.validation.tooMany"));
        }
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < ranking.size(); i++) {
            UUID offer = ranking.get(i);
            if (offer == null || !eligible.contains(offer)) {
                problems.add(new FieldProblem("offerIds[" + i + "]", "placements.rounds.validation.notEligible"));
            } else if (!seen.add(offer)) {
                problems.add(new FieldProblem("offerIds[" + i + "]", "placements.rounds.validation.rankedTwice"));
            }
        }
        PlacementInputRejected.throwIfAny(problems);
        store.replacePreferences(roundId, user.personId(), ranking);
        audit.record("placements.round.ranked", "round", roundId, ranking.size() + " offers");
        return seen(user, profile, round, now);
    }

    private MyRound seen(CurrentUser user, StudentProfile profile, Round round, Instant now) {
        RoundView view = views.view(round, now);
        List<UUID> ranked = store.preferences(round.id(), user.personId());
        List<UUID> eligible = eligibleOffers(view, profile);
        Map<UUID, Map<UUID, Integer>> matches = offers.matchPercents(view.offers().stream().map(o -> o.offer().id()).toList(),
                List.of(user.personId()));
        List<RankedOffer> ranking = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            ranking.add(ranked(i + 1, view, ranked.get(i), matches, user));
        }
        List<RankedOffer> others = eligible.stream().filter(o -> !ranked.contains(o)).map(o -> ranked(0, view, o, matches, user))
                .toList();
        StudentOutcome result = null;
        UUID placementId = null;
        if (view.status() == RoundStatus.PUBLISHED && round.currentRunId() != null) {
            result = runs.students(round.currentRunId(), user.personId()).stream().findFirst().orElse(null);
            if (result != null && result.assigned()) {
                UUID offer = result.offerId();
                placementId = placements.mine(user).stream()
                        .filter(p -> p.way() == PlacementWay.ROUND && offer.equals(p.offerId())).map(PlacementView::id)
                        .findFirst().orElse(null);
            }
        }
        return new MyRound(view, ranking, others, view.status() == RoundStatus.OPEN, result, placementId);
    }

    private static RankedOffer ranked(int position, RoundView view, UUID offerId, Map<UUID, Map<UUID, Integer>> matches,
            CurrentUser user) {
        return new RankedOffer(position, view.offer(offerId).offer(),
                matches.getOrDefault(offerId, Map.of()).get(user.personId()));
    }

    /** The round's offers open to the student: open now, with seats in the round, and the student is eligible. */
    private static List<UUID> eligibleOffers(RoundView view, StudentProfile profile) {
        return view.offers().stream().filter(o -> o.open() && o.capacity() > 0 && Eligibility.allows(profile, o.offer()))
                .map(o -> o.offer().id()).toList();
    }

    private Round visible(CurrentUser user, StudentProfile profile, UUID roundId) {
        return store.find(roundId)
                .filter(r -> r.storedStatus() != RoundStatus.DRAFT && r.universityId().equals(profile.universityId())
                        && RoundAccess.studiesAt(user, r.universityId()))
                .orElseThrow(RoundAccess::hidden);
    }

    private StudentProfile profile(CurrentUser user) {
        if (!user.has(Role.STUDENT)) {
            throw new DomainProblem(HttpStatus.FORBIDDEN, "forbidden", "placements.problem.notStudent");
        }
        return profiles.mine(user).orElseThrow(() -> DomainProblem.conflict("placements.problem.profileMissing"));
    }
}
