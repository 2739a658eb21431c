package kz.edufusion.placements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.placements.domain.ApplicationView;
import kz.edufusion.placements.domain.Applications;
import kz.edufusion.placements.domain.CvUpload;
import kz.edufusion.placements.domain.Decision;
import kz.edufusion.placements.domain.OfferDraft;
import kz.edufusion.placements.domain.OfferView;
import kz.edufusion.placements.domain.Offers;
import kz.edufusion.placements.domain.PlacementLifecycle;
import kz.edufusion.placements.domain.PlacementRegistry;
import kz.edufusion.support.IntegrationTest;
import kz.edufusion.support.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The placement's parties, its status moves and the one-placement-at-a-time rule, on a student made for this test.
 */
@IntegrationTest
@RecordApplicationEvents
class PlacementLifecycleTest {

    @Autowired
    UserDetailsService users;
    @Autowired
    Offers offers;
    @Autowired
    Applications applications;
    @Autowired
    PlacementRegistry placements;
    @Autowired
    PlacementLifecycle lifecycle;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ApplicationEvents events;

    PlacementFixtures fixtures;
    TestPeople people;
    CurrentUser student;

    @BeforeEach
    void freshStudent() {
        fixtures = new PlacementFixtures(users, offers);
        people = new TestPeople(jdbc, users);
        student = people.twin("student", "Aruzhan Lifecycle");
        jdbc.sql("INSERT INTO placements.student_profile (person_id, university_id, program_code, field_code, year_of_study, "
                        + "region_code) SELECT ?, university_id, program_code, field_code, year_of_study, region_code "
                        + "FROM placements.student_profile WHERE person_id = ?")
                .params(student.personId(), fixtures.user("student").personId()).update();
    }

    @Test
    void aSecondPlacementOverlappingTheFirstIsRefusedAndAFreedOneIsNot() {
        OfferView first = fixtures.published("company", Selection.FIRST_COME, 2);
        UUID placement = accept(first);
        OfferDraft same = PlacementFixtures.draft("Тот же срок", Selection.FIRST_COME, 1);
        OfferView overlapping = offers.publish(fixtures.user("company"), offers.create(fixtures.user("company"),
                fixtures.company("company"), new OfferDraft(same.type(), same.selection(), same.title(), same.description(),
                        same.skillUris(), same.fieldCodes(), same.programCodes(), same.minYear(), same.regionCode(), same.city(),
                        same.remote(), first.startsOn().plusDays(5), first.endsOn().plusDays(5), same.hoursPerWeek(),
                        same.seats(), same.stipendKzt(), same.mentors())).id());
        ApplicationView second = applications.apply(student, overlapping.id(), "Ещё", new CvUpload("cv.pdf", PlacementFixtures.PDF));
        assertThatThrownBy(() -> applications.decide(fixtures.user("company"), second.id(),
                new Decision(Decision.Action.ACCEPT, null, null, null)))
                .isInstanceOf(DomainProblem.class).hasMessage("placements.problem.overlap");

        transaction.executeWithoutResult(s -> lifecycle.terminate(placement, "Компания закрыла проект"));
        applications.decide(fixtures.user("company"), second.id(), new Decision(Decision.Action.ACCEPT, null, null, null));
        assertThat(placements.mine(student)).hasSize(2);
    }

    @Test
    void thePartiesOfAPlacementAreKnownAndEveryoneElseGetsNotFound() {
        UUID placement = accept(fixtures.published("company", Selection.FIRST_COME, 1));
        assertThat(placements.participation(student, placement).parties()).containsExactly(PlacementParty.STUDENT);
        assertThat(placements.participation(fixtures.user("coordinator"), placement).parties())
                .containsExactly(PlacementParty.UNIVERSITY);
        assertThat(placements.participation(fixtures.user("company"), placement).parties())
                .containsExactly(PlacementParty.COMPANY);
        for (String outsider : List.of("student", "coordinator2", "company2", "mentor", "tutor", "analyst", "admin")) {
            assertThatThrownBy(() -> placements.participation(fixtures.user(outsider), placement))
                    .as(outsider).isInstanceOf(DomainProblem.class).hasMessage("placements.problem.notFound");
        }
        placements.assignMentor(fixtures.user("company"), placement, fixtures.user("mentor").personId());
        placements.assignTutor(fixtures.user("coordinator"), placement, fixtures.user("tutor").personId());
        assertThat(placements.participation(fixtures.user("mentor"), placement).parties()).containsExactly(PlacementParty.MENTOR);
        assertThat(placements.participation(fixtures.user("tutor"), placement).parties()).containsExactly(PlacementParty.TUTOR);
        assertThat(placements.tutored(fixtures.user("tutor"))).extracting(p -> p.id()).contains(placement);
        assertThat(placements.mentored(fixtures.user("mentor2"))).extracting(p -> p.id()).doesNotContain(placement);
    }

    @Test
    void theStatusMovesOnlyForwardAndEveryMoveIsAnnounced() {
        UUID placement = accept(fixtures.published("company", Selection.FIRST_COME, 1));
        assertThatThrownBy(() -> transaction.executeWithoutResult(s -> lifecycle.finish(placement, true, null)))
                .isInstanceOf(DomainProblem.class).hasMessage("placements.problem.placementStatus");
        transaction.executeWithoutResult(s -> lifecycle.activate(placement));
        assertThatThrownBy(() -> transaction.executeWithoutResult(s -> lifecycle.terminate(placement, " ")))
                .isInstanceOf(DomainProblem.class).hasMessage("placements.validation.reasonRequired");
        transaction.executeWithoutResult(s -> lifecycle.finish(placement, false, "Итоговая оценка 52 из 100"));
        assertThatThrownBy(() -> transaction.executeWithoutResult(s -> lifecycle.terminate(placement, "Поздно")))
                .isInstanceOf(DomainProblem.class).hasMessage("placements.problem.placementStatus");
        assertThat(placements.participation(student, placement).placement().status()).isEqualTo(PlacementStatus.INCOMPLETE);
        assertThat(events.stream(PlacementStatusChanged.class)).filteredOn(e -> e.placementId().equals(placement)).extracting(PlacementStatusChanged::to)
                .containsExactly(PlacementStatus.ACTIVE, PlacementStatus.INCOMPLETE);
    }

    private UUID accept(OfferView offer) {
        ApplicationView applied = applications.apply(student, offer.id(), "Хочу", new CvUpload("cv.pdf", PlacementFixtures.PDF));
        applications.decide(fixtures.user("company"), applied.id(), new Decision(Decision.Action.ACCEPT, null, null, null));
        return jdbc.sql("SELECT id FROM placements.placement WHERE application_id = ?").param(applied.id()).query(UUID.class).single();
    }

}
