package kz.edufusion.placements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.placements.allocation.AllocationInstance;
import kz.edufusion.placements.allocation.Category;
import kz.edufusion.placements.allocation.Reason;
import kz.edufusion.placements.allocation.StabilityCheckerAccess;
import kz.edufusion.placements.allocation.json.InstanceJson;
import kz.edufusion.placements.domain.Applications;
import kz.edufusion.placements.domain.CvUpload;
import kz.edufusion.placements.domain.Decision;
import kz.edufusion.placements.domain.OfferView;
import kz.edufusion.placements.domain.Offers;
import kz.edufusion.placements.domain.PlacementInputRejected;
import kz.edufusion.placements.domain.PlacementRegistry;
import kz.edufusion.placements.rounds.MyRound;
import kz.edufusion.placements.rounds.OfferApplicants;
import kz.edufusion.placements.rounds.RoundOfferScores;
import kz.edufusion.placements.rounds.RoundPublishRefused;
import kz.edufusion.placements.rounds.RoundRankings;
import kz.edufusion.placements.rounds.RoundResult;
import kz.edufusion.placements.rounds.RoundStatus;
import kz.edufusion.placements.rounds.RoundView;
import kz.edufusion.placements.rounds.Rounds;
import kz.edufusion.placements.rounds.RunRecords.StudentOutcome;
import kz.edufusion.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Allocation rounds end to end on the services: students rank, the coordinator closes, runs and publishes; the stored
 * run is stable by the independent checker of the engine's tests; publication is all or nothing; only the round's
 * own university's coordinators and students see it.
 */
@IntegrationTest
class RoundWorkflowTest {

    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Offers offers;
    @Autowired
    Rounds rounds;
    @Autowired
    RoundRankings rankings;
    @Autowired
    Applications applications;
    @Autowired
    PlacementRegistry placements;
    @Autowired
    RoundOfferScores scores;

    RoundFixtures fixtures;
    CurrentUser coordinator;

    @BeforeEach
    void people() {
        fixtures = new RoundFixtures(users, jdbc, offers, rounds);
        coordinator = fixtures.people.twin("coordinator", "Координатор Раундов");
    }

    @Test
    void aRoundPlacesByScoreStablyAndPublishesPlacementsOnce() throws Exception {
        OfferView java = fixtures.offer("Java-бэкенд", 1, fixtures.demoSkills(), 2);
        OfferView support = fixtures.offer("Поддержка", 2);
        CurrentUser skilled = fixtures.student("student", "Айгерим Навыкова");
        CurrentUser unskilled = fixtures.student("student", "Бауыржан Безнавыков");
        fixtures.dropSkills(unskilled);
        CurrentUser woman = fixtures.student("student", "Дана Резервова");
        fixtures.dropSkills(woman);
        fixtures.profile(woman, "gender", "FEMALE");
        RoundView round = fixtures.draft(coordinator, java, support);
        rounds.setSeats(coordinator, round.id(), RoundFixtures.seats(support, 2, Map.of(Category.WOMEN_IN_STEM, 1)));
        rounds.open(coordinator, round.id());

        MyRound seen = rankings.read(skilled, round.id());
        assertThat(seen.others()).extracting(o -> o.offer().id()).containsExactlyInAnyOrder(java.id(), support.id());
        assertThat(seen.others()).filteredOn(o -> o.offer().id().equals(java.id())).singleElement()
                .extracting(MyRound.RankedOffer::matchPercent).isEqualTo(100);
        rankings.save(skilled, round.id(), List.of(java.id(), support.id()));
        rankings.save(unskilled, round.id(), List.of(java.id(), support.id()));
        rankings.save(woman, round.id(), List.of(java.id(), support.id()));
        assertThat(rankings.read(unskilled, round.id()).ranking()).extracting(r -> r.matchPercent()).containsExactly(0, null);

        rounds.close(coordinator, round.id());
        assertThatThrownBy(() -> rankings.save(skilled, round.id(), List.of(support.id())))
                .isInstanceOf(DomainProblem.class).hasMessage("placements.rounds.problem.notOpen");
        RoundResult result = rounds.run(coordinator, round.id());
        assertThat(result.summary().students()).isEqualTo(3);
        assertThat(result.summary().assigned()).isEqualTo(3);
        assertThat(result.summary().byChoice()).containsExactly(1, 2);
        StudentOutcome first = outcome(result, skilled);
        assertThat(first.offerId()).isEqualTo(java.id());
        assertThat(first.rank().score()).isEqualTo(100.0);
        StudentOutcome reserved = outcome(result, woman);
        assertThat(reserved.offerId()).isEqualTo(support.id());
        assertThat(reserved.seat()).isEqualTo("WOMEN_IN_STEM");
        assertThat(reserved.notChosen()).singleElement().satisfies(e -> {
            assertThat(e.reason()).isEqualTo(Reason.CUT_OFF);
            assertThat(e.cutoff().rank()).isEqualTo(1);
            assertThat(e.cutoff().score()).isEqualTo(100.0);
        });

        AllocationInstance instance = InstanceJson.read(new ByteArrayInputStream(rounds.instanceJson(coordinator, round.id())
                .orElseThrow().getBytes(StandardCharsets.UTF_8))).instance();
        Map<String, String> stored = new HashMap<>();
        jdbc.sql("SELECT o.student_id, o.offer_id FROM placements.round_outcome o JOIN placements.round r ON r.current_run_id = o.run_id "
                        + "WHERE r.id = ? AND o.offer_id IS NOT NULL").param(round.id())
                .query((rs, n) -> stored.put(rs.getString(1), rs.getString(2))).list();
        assertThat(stored).hasSize(3);
        assertThat(instance.seed()).isEqualTo(round.seed());
        assertThat(StabilityCheckerAccess.violations(instance, stored)).isEmpty();
        // the checker is not a rubber stamp: swapping two students' seats is caught
        Map<String, String> swapped = new HashMap<>(stored);
        swapped.put(skilled.personId().toString(), support.id().toString());
        swapped.put(unskilled.personId().toString(), java.id().toString());
        assertThat(StabilityCheckerAccess.violations(instance, swapped)).isNotEmpty();

        assertThat(rankings.read(skilled, round.id()).result()).isNull();
        rounds.publish(coordinator, round.id());
        assertThat(jdbc.sql("SELECT count(*) FROM placements.placement WHERE round_id = ? AND way = 'ROUND'").param(round.id())
                .query(Long.class).single()).isEqualTo(3);
        MyRound mine = rankings.read(woman, round.id());
        assertThat(mine.result().offerId()).isEqualTo(support.id());
        assertThat(mine.result().notChosen()).hasSize(1);
        assertThat(mine.placementId()).isNotNull();
        assertThat(placements.participation(woman, mine.placementId()).placement().way()).isEqualTo(PlacementWay.ROUND);
        assertThat(rankings.mine(woman)).anySatisfy(m -> assertThat(m.round().id()).isEqualTo(round.id()));

        assertThatThrownBy(() -> rounds.publish(coordinator, round.id())).isInstanceOfSatisfying(DomainProblem.class,
                e -> assertThat(e.status().value()).isEqualTo(409));
        assertThat(jdbc.sql("SELECT count(*) FROM placements.placement WHERE round_id = ?").param(round.id())
                .query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void publicationIsAllOrNothingWhenASeatWasTakenMeanwhile() {
        OfferView one = fixtures.offer("Одно место", 1);
        OfferView other = fixtures.offer("Другое", 1);
        CurrentUser first = fixtures.student("student", "Ерлан Первый");
        CurrentUser second = fixtures.student("student", "Мадина Вторая");
        RoundView round = fixtures.openRound(coordinator, one, other);
        rankings.save(first, round.id(), List.of(one.id()));
        rankings.save(second, round.id(), List.of(other.id()));
        rounds.close(coordinator, round.id());
        rounds.run(coordinator, round.id());

        CurrentUser quick = fixtures.student("student", "Быстрый Студент");
        var applied = applications.apply(quick, one.id(), "Хочу сразу", new CvUpload("cv.pdf", PlacementFixtures.PDF));
        applications.decide(fixtures.user("company"), applied.id(), new Decision(Decision.Action.ACCEPT, null, null, null));

        assertThatThrownBy(() -> rounds.publish(coordinator, round.id())).isInstanceOfSatisfying(RoundPublishRefused.class, e -> {
            assertThat(e.status().value()).isEqualTo(409);
            assertThat(e.blockers()).singleElement().satisfies(b -> {
                assertThat(b.studentId()).isEqualTo(first.personId());
                assertThat(b.studentName()).isEqualTo("Ерлан Первый");
                assertThat(b.offerId()).isEqualTo(one.id());
                assertThat(b.messageKey()).isEqualTo("placements.problem.noSeatsLeft");
            });
        });
        assertThat(jdbc.sql("SELECT count(*) FROM placements.placement WHERE round_id = ?").param(round.id())
                .query(Long.class).single()).isZero();
        assertThat(rounds.read(coordinator, round.id()).status()).isEqualTo(RoundStatus.RUN);

        // run again: the engine sees the seat gone, the first student is not placed, and the rest publishes
        RoundResult again = rounds.run(coordinator, round.id());
        assertThat(outcome(again, first).assigned()).isFalse();
        assertThat(outcome(again, first).notChosen()).singleElement()
                .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.NO_SEATS));
        rounds.publish(coordinator, round.id());
        assertThat(placements.mine(second)).anySatisfy(p -> assertThat(p.offerId()).isEqualTo(other.id()));
        assertThat(placements.mine(first)).isEmpty();
    }

    @Test
    void onlyTheRoundsUniversitySeesIt() {
        OfferView offer = fixtures.offer("Только КазНУ", 1);
        RoundView round = fixtures.openRound(coordinator, offer);
        CurrentUser other = fixtures.user("coordinator2");
        assertThatThrownBy(() -> rounds.read(other, round.id())).hasMessage("placements.problem.notFound");
        assertThatThrownBy(() -> rounds.close(other, round.id())).hasMessage("placements.problem.notFound");
        assertThatThrownBy(() -> rounds.run(other, round.id())).hasMessage("placements.problem.notFound");
        assertThatThrownBy(() -> rounds.publish(other, round.id())).hasMessage("placements.problem.notFound");
        assertThat(rounds.mine(other)).noneSatisfy(r -> assertThat(r.id()).isEqualTo(round.id()));

        CurrentUser elsewhere = fixtures.student("student2", "Студент Сатпаева");
        assertThatThrownBy(() -> rankings.read(elsewhere, round.id())).hasMessage("placements.problem.notFound");
        assertThatThrownBy(() -> rankings.save(elsewhere, round.id(), List.of(offer.id()))).hasMessage("placements.problem.notFound");
        assertThat(rankings.mine(elsewhere)).noneSatisfy(m -> assertThat(m.round().id()).isEqualTo(round.id()));

        CurrentUser me = fixtures.student("student", "Мой Список");
        CurrentUser neighbour = fixtures.student("student", "Сосед По Курсу");
        rankings.save(me, round.id(), List.of(offer.id()));
        assertThat(rankings.read(neighbour, round.id()).ranking()).isEmpty();
        assertThat(rankings.read(me, round.id()).ranking()).hasSize(1);
    }

    @Test
    void aStudentRanksOnlyOffersOpenToThemAndAtMostTen() {
        OfferView senior = fixtures.offer("Для пятого курса", 1, List.of(), 5);
        OfferView[] many = new OfferView[11];
        for (int i = 0; i < many.length; i++) {
            many[i] = fixtures.offer("Предложение " + i, 1);
        }
        OfferView[] all = java.util.Arrays.copyOf(many, 12);
        all[11] = senior;
        RoundView round = fixtures.openRound(coordinator, all);
        CurrentUser student = fixtures.student("student", "Третий Курс");
        assertThat(rankings.read(student, round.id()).others()).hasSize(11)
                .noneSatisfy(o -> assertThat(o.offer().id()).isEqualTo(senior.id()));

        assertThatThrownBy(() -> rankings.save(student, round.id(), List.of(many[0].id(), senior.id())))
                .isInstanceOfSatisfying(PlacementInputRejected.class, e -> assertThat(e.fieldProblems())
                        .extracting(DomainProblem.FieldProblem::field).containsExactly("offerIds[1]"));
        List<UUID> eleven = java.util.Arrays.stream(many).map(OfferView::id).toList();
        assertThatThrownBy(() -> rankings.save(student, round.id(), eleven))
                .isInstanceOfSatisfying(PlacementInputRejected.class, e -> assertThat(e.fieldProblems())
                        .extracting(DomainProblem.FieldProblem::messageKey).containsExactly("placements.rounds.validation.tooMany"));
        assertThatThrownBy(() -> rankings.save(student, round.id(), List.of(many[0].id(), many[0].id())))
                .isInstanceOf(PlacementInputRejected.class);
        assertThat(rankings.read(student, round.id()).ranking()).isEmpty();
        rankings.save(student, round.id(), eleven.subList(0, 10));
        assertThat(rankings.read(student, round.id()).ranking()).hasSize(10);
    }

    @Test
    void seatsAreAtMostTheFreeSeatsAndReservesFitInThem() {
        OfferView offer = fixtures.offer("Два места", 2);
        RoundView round = fixtures.draft(coordinator, offer);
        assertThat(round.offers()).singleElement().satisfies(o -> assertThat(o.capacity()).isEqualTo(2));
        assertThatThrownBy(() -> rounds.setSeats(coordinator, round.id(), RoundFixtures.seats(offer, 3, Map.of())))
                .isInstanceOfSatisfying(PlacementInputRejected.class, e -> assertThat(e.fieldProblems())
                        .extracting(DomainProblem.FieldProblem::field).containsExactly("capacity"));
        assertThatThrownBy(() -> rounds.setSeats(coordinator, round.id(), RoundFixtures.seats(offer, 1,
                Map.of(Category.REMOTE_REGION, 1, Category.TARGETED_GRANT, 1))))
                .isInstanceOfSatisfying(PlacementInputRejected.class, e -> assertThat(e.fieldProblems())
                        .extracting(DomainProblem.FieldProblem::field).containsExactly("reserves"));
        assertThatThrownBy(() -> rounds.run(coordinator, round.id())).isInstanceOfSatisfying(DomainProblem.class,
                e -> assertThat(e.messageKey()).isEqualTo("placements.rounds.problem.state"));
    }

    @Test
    void aPassedDeadlineClosesTheRankings() {
        OfferView offer = fixtures.offer("Срок", 1);
        RoundView round = fixtures.openRound(coordinator, offer);
        CurrentUser student = fixtures.student("student", "Опоздавший Студент");
        rankings.save(student, round.id(), List.of(offer.id()));
        jdbc.sql("UPDATE placements.round SET deadline = now() - interval '1 minute' WHERE id = ?").param(round.id()).update();
        assertThat(rounds.read(coordinator, round.id()).status()).isEqualTo(RoundStatus.CLOSED);
        assertThatThrownBy(() -> rankings.save(student, round.id(), List.of())).hasMessage("placements.rounds.problem.notOpen");
        assertThat(rounds.run(coordinator, round.id()).summary().assigned()).isEqualTo(1);
    }

    @Test
    void theOffersCompanyMayScoreItsApplicantsInsteadOfTheSkillMatch() {
        OfferView java = fixtures.offer("Своя оценка", 1, fixtures.demoSkills(), 2);
        CurrentUser skilled = fixtures.student("student", "Сильный По Навыкам");
        CurrentUser favourite = fixtures.student("student", "Любимец Компании");
        fixtures.dropSkills(favourite);
        RoundView round = fixtures.openRound(coordinator, java);
        rankings.save(skilled, round.id(), List.of(java.id()));
        rankings.save(favourite, round.id(), List.of(java.id()));
        CurrentUser rep = fixtures.people.twin("company", "Представитель Kcell");

        OfferApplicants applicants = scores.applicants(rep, round.id(), java.id());
        assertThat(applicants.applicants()).extracting(OfferApplicants.Applicant::matchPercent).containsExactlyInAnyOrder(100, 0);
        for (CurrentUser stranger : List.of(fixtures.user("company2"), coordinator, skilled)) {
            assertThatThrownBy(() -> scores.applicants(stranger, round.id(), java.id())).hasMessage("placements.problem.notFound");
            assertThatThrownBy(() -> scores.score(stranger, round.id(), java.id(), Map.of(favourite.personId(), 90)))
                    .hasMessage("placements.problem.notFound");
        }
        CurrentUser outsider = fixtures.student("student", "Не Выбирал");
        assertThatThrownBy(() -> scores.score(rep, round.id(), java.id(), Map.of(favourite.personId(), 101, outsider.personId(), 5)))
                .isInstanceOfSatisfying(PlacementInputRejected.class, e -> assertThat(e.fieldProblems())
                        .extracting(DomainProblem.FieldProblem::field).containsExactlyInAnyOrder(
                                "scores[" + favourite.personId() + "]", "scores[" + outsider.personId() + "]"));

        Map<UUID, Integer> own = new HashMap<>();
        own.put(favourite.personId(), 90);
        own.put(skilled.personId(), 10);
        scores.score(rep, round.id(), java.id(), own);
        rounds.close(coordinator, round.id());
        RoundResult result = rounds.run(coordinator, round.id());
        assertThat(outcome(result, favourite).offerId()).isEqualTo(java.id());
        assertThat(outcome(result, skilled).notChosen()).singleElement().satisfies(e -> {
            assertThat(e.reason()).isEqualTo(Reason.CUT_OFF);
            assertThat(e.yours().score()).isEqualTo(10.0);
            assertThat(e.cutoff().score()).isEqualTo(90.0);
        });
        // a change after the run asks for a new run
        own.put(skilled.personId(), null);
        scores.score(rep, round.id(), java.id(), own);
        assertThat(rounds.read(coordinator, round.id()).status()).isEqualTo(RoundStatus.CLOSED);
        assertThat(scores.applicants(rep, round.id(), java.id()).applicants())
                .filteredOn(a -> a.studentId().equals(skilled.personId())).singleElement()
                .extracting(OfferApplicants.Applicant::companyScore).isNull();
        assertThat(scores.rounds(rep)).anySatisfy(r -> assertThat(r.id()).isEqualTo(round.id()));
        assertThat(scores.rounds(fixtures.user("company2"))).noneSatisfy(r -> assertThat(r.id()).isEqualTo(round.id()));
    }

    private static StudentOutcome outcome(RoundResult result, CurrentUser student) {
        return result.students().stream().map(RoundResult.Student::outcome)
                .filter(o -> o.studentId().equals(student.personId())).findFirst().orElseThrow();
    }
}
