package kz.edufusion.placements.rounds;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.common.web.DomainProblem.FieldProblem;
import kz.edufusion.identity.AuditLog;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.IdentityDirectory;
import kz.edufusion.identity.PersonView;
import kz.edufusion.identity.Role;
import kz.edufusion.placements.OfferType;
import kz.edufusion.placements.PlacementWay;
import kz.edufusion.placements.allocation.Category;
import kz.edufusion.placements.domain.NewPlacement;
import kz.edufusion.placements.domain.OfferView;
import kz.edufusion.placements.domain.Offers;
import kz.edufusion.placements.domain.PlacementInputRejected;
import kz.edufusion.placements.domain.PlacementRegistry;
import kz.edufusion.placements.domain.StudentProfile;
import kz.edufusion.placements.domain.StudentProfiles;
import kz.edufusion.placements.rounds.RoundCommand.OfferSeats;
import kz.edufusion.placements.rounds.RunRecords.StudentOutcome;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The coordinator's side of allocation rounds: set up a round of their university, open it, close it, run the
 * engine (again after changing seats), review the result and publish it: every placement through
 * {@link PlacementRegistry#create} in one transaction, or none. Every step locks the round's row, so two steps on
 * one round (two publications, a close and a run) queue up and the second sees the state the first left.
 */
@Service
@Transactional
public class Rounds {

    static final int MAX_NAME = 200;
    /** How many offers naming types may put in a round at once. */
    static final int MAX_OFFERS = 200;
    private static final SecureRandom SEEDS = new SecureRandom();

    private final RoundStore store;
    private final RunStore runs;
    private final RoundViews views;
    private final RoundAllocator allocator;
    private final Offers offers;
    private final StudentProfiles profiles;
    private final PlacementRegistry placements;
    private final IdentityDirectory directory;
    private final AuditLog audit;

    Rounds(RoundStore store, RunStore runs, RoundViews views, RoundAllocator allocator, Offers offers, StudentProfiles profiles,
            PlacementRegistry placements, IdentityDirectory directory, AuditLog audit) {
        this.store = store;
        this.runs = runs;
        this.views = views;
        this.allocator = allocator;
        this.offers = offers;
        this.profiles = profiles;
        this.placements = placements;
        this.directory = directory;
        this.audit = audit;
    }

    public RoundView create(CurrentUser user, RoundCommand command) {
        UUID university = university(user, command.universityId());
        Instant now = Instant.now();
        List<FieldProblem> problems = new ArrayList<>(nameAndDeadline(command, now));
        List<RoundOffer> seats = seats(command, problems);
        PlacementInputRejected.throwIfAny(problems);
        Round round = new Round(UUID.randomUUID(), university, command.name().strip(), RoundStatus.DRAFT, command.deadline(),
                SEEDS.nextLong(), null, user.personId(), null);
        store.insert(round);
        seats.forEach(o -> store.putOffer(round.id(), o));
        audit.record("placements.round.created", "round", round.id(), seats.size() + " offers");
        return views.view(round, now);
    }

    /**
     * Name and deadline while the round is a draft or open; its offers while a draft (the command's list replaces
     * them); after that only the seats of its offers, which sends a run round back to CLOSED, to be run again.
     */
    public RoundView update(CurrentUser user, UUID roundId, RoundCommand command) {
        Round round = locked(user, roundId);
        Instant now = Instant.now();
        round.require(now, RoundStatus.DRAFT, RoundStatus.OPEN, RoundStatus.CLOSED, RoundStatus.RUN);
        RoundStatus status = round.status(now);
        boolean renames = status == RoundStatus.DRAFT || status == RoundStatus.OPEN;
        List<FieldProblem> problems = new ArrayList<>(renames ? nameAndDeadline(command, now) : List.of());
        List<RoundOffer> seats = seats(command, problems);
        PlacementInputRejected.throwIfAny(problems);
        if (renames) {
            store.rename(roundId, command.name().strip(), command.deadline());
        }
        if (status == RoundStatus.DRAFT) {
            store.offers(roundId).forEach(o -> store.removeOffer(roundId, o.offerId()));
            seats.forEach(o -> store.putOffer(roundId, o));
        } else {
            changeSeats(round, now, seats);
        }
        audit.record("placements.round.updated", "round", roundId, null);
        return views.view(store.find(roundId).orElseThrow(), now);
    }

    /** Adds a published offer of an active company to a draft round, with every seat it still has free. */
    public RoundView addOffer(CurrentUser user, UUID roundId, UUID offerId) {
        Round round = locked(user, roundId);
        Instant now = Instant.now();
        round.require(now, RoundStatus.DRAFT);
        List<FieldProblem> problems = new ArrayList<>();
        RoundOffer seats = seats(new OfferSeats(offerId, null, Map.of()), "offerId", problems);
        PlacementInputRejected.throwIfAny(problems);
        store.putOffer(roundId, seats);
        return views.view(round, now);
    }

    public RoundView removeOffer(CurrentUser user, UUID roundId, UUID offerId) {
        Round round = locked(user, roundId);
        Instant now = Instant.now();
        round.require(now, RoundStatus.DRAFT);
        store.removeOffer(roundId, offerId);
        return views.view(round, now);
    }

    /** The seats of one offer of the round (any state before publication; a run round goes back to CLOSED). */
    public RoundView setSeats(CurrentUser user, UUID roundId, OfferSeats offer) {
        Round round = locked(user, roundId);
        Instant now = Instant.now();
        round.require(now, RoundStatus.DRAFT, RoundStatus.OPEN, RoundStatus.CLOSED, RoundStatus.RUN);
        List<FieldProblem> problems = new ArrayList<>();
        RoundOffer seats = seats(offer, "", problems);
        PlacementInputRejected.throwIfAny(problems);
        changeSeats(round, now, List.of(seats));
        audit.record("placements.round.seats", "round", roundId, "offer " + offer.offerId() + ": " + seats.capacity());
        return views.view(store.find(roundId).orElseThrow(), now);
    }

    public RoundView open(CurrentUser user, UUID roundId) {
        Round round = locked(user, roundId);
        Instant now = Instant.now();
        round.require(now, RoundStatus.DRAFT);
        if (!round.deadline().isAfter(now)) {
            throw DomainProblem.conflict("placements.rounds.problem.deadlinePassed");
        }
        if (store.offers(roundId).stream().noneMatch(o -> o.capacity() > 0)) {
            throw DomainProblem.conflict("placements.rounds.problem.noOffers");
        }
        store.move(roundId, RoundStatus.OPEN);
        audit.record("placements.round.opened", "round", roundId, null);
        return views.view(store.find(roundId).orElseThrow(), now);
    }

    /** Ends the rankings before the deadline (after it, the round counts as closed already). */
    public RoundView close(CurrentUser user, UUID roundId) {
        Round round = locked(user, roundId);
        Instant now = Instant.now();
        round.require(now, RoundStatus.OPEN, RoundStatus.CLOSED);
        if (round.storedStatus() != RoundStatus.OPEN) {
            throw DomainProblem.conflict("placements.rounds.problem.state", round.status(now).name());
        }
        store.move(roundId, RoundStatus.CLOSED);
        audit.record("placements.round.closed", "round", roundId, null);
        return views.view(store.find(roundId).orElseThrow(), now);
    }

    /** Runs the engine on the rankings, the seats and the students' current profiles; the new run replaces the last. */
    public RoundResult run(CurrentUser user, UUID roundId) {
        Round round = locked(user, roundId);
        Instant now = Instant.now();
        round.require(now, RoundStatus.CLOSED, RoundStatus.RUN);
        if (store.rankingStudents(roundId) == 0) {
            throw DomainProblem.conflict("placements.rounds.problem.nobodyRanked");
        }
        Map<UUID, StudentProfile> students = profiles.ofMyUniversities(user).stream()
                .filter(p -> p.universityId().equals(round.universityId()))
                .collect(Collectors.toMap(StudentProfile::personId, Function.identity()));
        RoundAllocator.Run run = allocator.run(round, students);
        UUID runId = runs.insert(roundId, user.personId(), run.instance(), run.result());
        store.currentRun(roundId, runId);
        audit.record("placements.round.run", "round", roundId, run.result().summary().assigned() + " of "
                + run.result().summary().students() + " students placed");
        return result(user, roundId);
    }

    /**
     * Makes a placement (way ROUND) for every student the current run placed, all in this transaction: when the
     * registry refuses any (no seat left, an overlapping placement, an offer closed since), nothing is published and
     * {@link RoundPublishRefused} names every student and offer in the way.
     */
    public RoundView publish(CurrentUser user, UUID roundId) {
        Round round = locked(user, roundId);
        Instant now = Instant.now();
        round.require(now, RoundStatus.RUN);
        RoundView view = views.view(round, now);
        List<RoundPublishRefused.Blocker> blockers = new ArrayList<>();
        int placed = 0;
        for (StudentOutcome outcome : runs.students(round.currentRunId(), null)) {
            if (!outcome.assigned()) {
                continue;
            }
            OfferView offer = view.offer(outcome.offerId()).offer();
            try {
                if (!offers.open(offer)) {
                    throw DomainProblem.conflict("placements.rounds.problem.offerNotOpen");
                }
                placements.create(new NewPlacement(PlacementWay.ROUND, outcome.studentId(), round.universityId(), offer.companyId(),
                        offer.companyName().in("ru"), offer.id(), null, null, roundId, offer.type(), offer.startsOn(),
                        offer.endsOn(), offer.hoursPerWeek(), offer.stipendKzt(), user.personId()));
                placed++;
            } catch (DomainProblem refused) {
                // the registry refused before writing; keep going to name every blocker, then roll the whole back
                blockers.add(new RoundPublishRefused.Blocker(outcome.studentId(), name(outcome.studentId()), offer.id(),
                        offer.title(), refused.messageKey(), List.of(refused.arguments())));
            }
        }
        if (!blockers.isEmpty()) {
            throw new RoundPublishRefused(blockers);
        }
        store.published(roundId, user.personId());
        audit.record("placements.round.published", "round", roundId, placed + " placements");
        return views.view(store.find(roundId).orElseThrow(), now);
    }

    @Transactional(readOnly = true)
    public RoundView read(CurrentUser user, UUID roundId) {
        return views.view(managed(user, roundId), Instant.now());
    }

    @Transactional(readOnly = true)
    public List<RoundView> mine(CurrentUser user) {
        Instant now = Instant.now();
        return store.ofUniversities(user.organizationsWhere(Role.UNIVERSITY_COORDINATOR).toArray(UUID[]::new)).stream()
                .map(r -> views.view(r, now)).toList();
    }

    /** The current run's result for review; 409 before the first run. */
    @Transactional(readOnly = true)
    public RoundResult result(CurrentUser user, UUID roundId) {
        Round round = managed(user, roundId);
        if (round.currentRunId() == null) {
            throw DomainProblem.conflict("placements.rounds.problem.notRun");
        }
        List<RoundResult.Student> students = runs.students(round.currentRunId(), null).stream()
                .map(o -> new RoundResult.Student(name(o.studentId()), o)).toList();
        return new RoundResult(views.view(round, Instant.now()), runs.summary(round.currentRunId()).orElseThrow(),
                runs.offers(round.currentRunId()), students);
    }

    /** The current run's instance in the documented format, to replay with the allocate command. */
    @Transactional(readOnly = true)
    public Optional<String> instanceJson(CurrentUser user, UUID roundId) {
        Round round = managed(user, roundId);
        return round.currentRunId() == null ? Optional.empty() : runs.instanceJson(round.currentRunId());
    }

    @Transactional(readOnly = true)
    public Optional<String> resultJson(CurrentUser user, UUID roundId) {
        Round round = managed(user, roundId);
        return round.currentRunId() == null ? Optional.empty() : runs.resultJson(round.currentRunId());
    }

    /** Published offers of active companies with a free seat that a draft may take, newest first, without those it has. */
    @Transactional(readOnly = true)
    public List<OfferView> candidates(CurrentUser user, UUID roundId, Set<OfferType> types) {
        Round round = managed(user, roundId);
        Set<UUID> taken = store.offers(round.id()).stream().map(RoundOffer::offerId).collect(Collectors.toSet());
        return offers.openOffers(types, MAX_OFFERS).stream().filter(o -> !taken.contains(o.id())).toList();
    }

    Round managed(CurrentUser user, UUID roundId) {
        return store.find(roundId).filter(r -> RoundAccess.coordinates(user, r)).orElseThrow(RoundAccess::hidden);
    }

    private Round locked(CurrentUser user, UUID roundId) {
        managed(user, roundId);
        return store.lock(roundId).orElseThrow(RoundAccess::hidden);
    }

    private void changeSeats(Round round, Instant now, List<RoundOffer> seats) {
        Map<UUID, RoundOffer> current = store.offers(round.id()).stream()
                .collect(Collectors.toMap(RoundOffer::offerId, Function.identity(), (a, b) -> a, LinkedHashMap::new));
        for (RoundOffer o : seats) {
            if (!current.containsKey(o.offerId())) {
                throw DomainProblem.conflict("placements.rounds.problem.offersFixed");
            }
        }
        seats.forEach(o -> store.putOffer(round.id(), o));
        if (round.status(now) == RoundStatus.RUN) {
            store.move(round.id(), RoundStatus.CLOSED);
        }
    }

    private UUID university(CurrentUser user, UUID requested) {
        List<UUID> coordinated = user.organizationsWhere(Role.UNIVERSITY_COORDINATOR);
        if (coordinated.isEmpty()) {
            throw new DomainProblem(HttpStatus.FORBIDDEN, "forbidden", "placements.rounds.problem.notCoordinator");
        }
        if (requested == null) {
            return coordinated.get(0);
        }
        if (!coordinated.contains(requested)) {
            throw RoundAccess.hidden();
        }
        return requested;
    }

    private static List<FieldProblem> nameAndDeadline(RoundCommand command, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        if (command.name() == null || command.name().isBlank()) {
            problems.add(new FieldProblem("name", "placements.validation.required"));
        } else if (command.name().strip().length() > MAX_NAME) {
            problems.add(new FieldProblem("name", "placements.rounds.validation.nameTooLong"));
        }
        if (command.deadline() == null) {
            problems.add(new FieldProblem("deadline", "placements.validation.required"));
        } else if (!command.deadline().isAfter(now)) {
            problems.add(new FieldProblem("deadline", "placements.rounds.validation.deadlinePast"));
        }
        return problems;
    }

    /** The offers the command names (checked one by one) and, for its types, every open offer with a free seat. */
    private List<RoundOffer> seats(RoundCommand command, List<FieldProblem> problems) {
        Map<UUID, RoundOffer> seats = new LinkedHashMap<>();
        for (int i = 0; i < command.offers().size(); i++) {
            OfferSeats offer = command.offers().get(i);
            String field = "offers[" + i + "].";
            if (offer == null || seats.containsKey(offer.offerId())) {
                problems.add(new FieldProblem(field + "offerId", "placements.rounds.validation.offerTwice"));
                continue;
            }
            RoundOffer checked = seats(offer, field, problems);
            if (checked != null) {
                seats.put(checked.offerId(), checked);
            }
        }
        if (!command.offerTypes().isEmpty()) {
            for (OfferView offer : offers.openOffers(command.offerTypes(), MAX_OFFERS)) {
                seats.putIfAbsent(offer.id(), new RoundOffer(offer.id(), offer.seatsLeft(), Map.of()));
            }
        }
        return new ArrayList<>(seats.values());
    }

    /**
     * One offer's seats: a published offer of an active company, 0 up to its seats still free (all of them when not
     * given), reserves of at least 0 that fit in them. Problems are named {@code prefix + "offerId"}, ... .
     */
    private RoundOffer seats(OfferSeats offer, String prefix, List<FieldProblem> problems) {
        Optional<OfferView> found = offer.offerId() == null ? Optional.empty() : offers.view(offer.offerId()).filter(offers::open);
        if (found.isEmpty()) {
            problems.add(new FieldProblem(prefix + "offerId", "placements.rounds.validation.offer"));
            return null;
        }
        int free = found.get().seatsLeft();
        int capacity = offer.capacity() == null ? free : offer.capacity();
        boolean wrong = false;
        if (capacity < 0 || capacity > free) {
            problems.add(new FieldProblem(prefix + "capacity", "placements.rounds.validation.capacity"));
            wrong = true;
        }
        int reserved = 0;
        for (Map.Entry<Category, Integer> reserve : offer.reserves().entrySet()) {
            if (reserve.getKey() == null || reserve.getValue() == null || reserve.getValue() < 0) {
                problems.add(new FieldProblem(prefix + "reserves", "placements.rounds.validation.reserve"));
                return null;
            }
            reserved += reserve.getValue();
        }
        if (!wrong && reserved > capacity) {
            problems.add(new FieldProblem(prefix + "reserves", "placements.rounds.validation.reservesAboveCapacity"));
            wrong = true;
        }
        return wrong ? null : new RoundOffer(found.get().id(), capacity, offer.reserves());
    }

    private String name(UUID personId) {
        return directory.person(personId).map(PersonView::fullName).orElse("");
    }
}
