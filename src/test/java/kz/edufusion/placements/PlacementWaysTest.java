package kz.edufusion.placements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.placements.domain.ApplicationView;
import kz.edufusion.placements.domain.Applications;
import kz.edufusion.placements.domain.CvUpload;
import kz.edufusion.placements.domain.Decision;
import kz.edufusion.placements.domain.Decision.Action;
import kz.edufusion.placements.domain.OfferView;
import kz.edufusion.placements.domain.Offers;
import kz.edufusion.placements.domain.PlacementInputRejected;
import kz.edufusion.placements.domain.PlacementRegistry;
import kz.edufusion.placements.domain.ProposalCommand;
import kz.edufusion.placements.domain.ProposalView;
import kz.edufusion.placements.domain.Proposals;
import kz.edufusion.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The three ways without rounds, end to end: first come, interview, the student's own proposal (and nomination). */
@IntegrationTest
class PlacementWaysTest {

    @Autowired
    UserDetailsService users;
    @Autowired
    Offers offers;
    @Autowired
    Applications applications;
    @Autowired
    Proposals proposals;
    @Autowired
    PlacementRegistry placements;
    @Autowired
    JdbcClient jdbc;

    PlacementFixtures fixtures;
    CurrentUser company;
    CurrentUser student;

    @BeforeEach
    void people() {
        fixtures = new PlacementFixtures(users, offers);
        company = fixtures.user("company");
        student = fixtures.user("student");
    }

    @Test
    void firstComeApplicationAcceptedBecomesAPlacement() {
        OfferView offer = fixtures.published("company", Selection.FIRST_COME, 1);
        ApplicationView applied = apply(offer);
        applications.decide(company, applied.id(), new Decision(Action.ACCEPT, null, null, null));
        assertThat(placements.mine(student)).anySatisfy(p -> {
            assertThat(p.offerId()).isEqualTo(offer.id());
            assertThat(p.way()).isEqualTo(PlacementWay.FIRST_COME);
            assertThat(p.stipendKzt()).isEqualTo(100_000);
        });
        assertThat(placements.interns(company)).anySatisfy(p -> assertThat(p.offerId()).isEqualTo(offer.id()));
        assertThat(placements.interns(fixtures.user("company2"))).noneSatisfy(p -> assertThat(p.offerId()).isEqualTo(offer.id()));
        assertThat(offers.visible(student, offer.id()).seatsLeft()).isZero();
    }

    @Test
    void anInterviewOfferAcceptsOnlyAfterTheInterview() {
        OfferView offer = fixtures.published("company", Selection.INTERVIEW, 2);
        ApplicationView applied = apply(offer);
        assertThatThrownBy(() -> applications.decide(company, applied.id(), new Decision(Action.ACCEPT, null, null, null)))
                .isInstanceOf(DomainProblem.class).hasMessage("placements.problem.applicationState");
        applications.decide(company, applied.id(), new Decision(Action.SHORTLIST, null, null, null));
        assertThatThrownBy(() -> applications.decide(company, applied.id(), new Decision(Action.INTERVIEW, null, " ", null)))
                .isInstanceOfSatisfying(PlacementInputRejected.class, e -> assertThat(e.fieldProblems())
                        .extracting(DomainProblem.FieldProblem::field).containsExactly("interviewAt", "interviewPlace"));
        Instant at = Instant.parse("2027-05-20T05:00:00Z");
        ApplicationView invited = applications.decide(company, applied.id(),
                new Decision(Action.INTERVIEW, at, "https://meet.example.kz/kcell", null));
        assertThat(invited.status()).isEqualTo(ApplicationStatus.INTERVIEW);
        assertThat(applications.read(student, applied.id()).interviewAt()).isEqualTo(at);
        applications.decide(company, applied.id(), new Decision(Action.ACCEPT, null, null, null));
        assertThat(placements.mine(student)).anySatisfy(p -> {
            assertThat(p.offerId()).isEqualTo(offer.id());
            assertThat(p.way()).isEqualTo(PlacementWay.INTERVIEW);
        });
    }

    @Test
    void aRejectionNeedsAReasonAndEndsTheApplication() {
        ApplicationView applied = apply(fixtures.published("company", Selection.FIRST_COME, 1));
        assertThatThrownBy(() -> applications.decide(company, applied.id(), new Decision(Action.REJECT, null, null, "")))
                .isInstanceOf(DomainProblem.class);
        applications.decide(company, applied.id(), new Decision(Action.REJECT, null, null, "Нет мест для вашего профиля"));
        assertThat(applications.read(student, applied.id()).decisionReason()).isEqualTo("Нет мест для вашего профиля");
        assertThatThrownBy(() -> applications.withdraw(student, applied.id())).isInstanceOf(DomainProblem.class);
    }

    @Test
    void aStudentWithdrawsAnOpenApplication() {
        ApplicationView applied = apply(fixtures.published("company", Selection.FIRST_COME, 1));
        assertThat(applications.withdraw(student, applied.id()).status()).isEqualTo(ApplicationStatus.WITHDRAWN);
    }

    @Test
    void aNominationAcceptedIsPlacedAsANomination() {
        OfferView offer = fixtures.published("company", Selection.FIRST_COME, 1);
        CurrentUser student5 = fixtures.user("student5");
        ApplicationView nominated = applications.nominate(fixtures.user("coordinator"), offer.id(), student5.personId(), null);
        applications.decide(company, nominated.id(), new Decision(Action.ACCEPT, null, null, null));
        assertThat(placements.mine(student5)).anySatisfy(p -> {
            assertThat(p.offerId()).isEqualTo(offer.id());
            assertThat(p.way()).isEqualTo(PlacementWay.NOMINATION);
        });
    }

    @Test
    void aProposalApprovedByTheStudentsCoordinatorBecomesAPlacement() {
        LocalDate starts = PlacementFixtures.nextWindow();
        ProposalView proposal = proposals.submit(student, new ProposalCommand(null, "ТОО Алатау Софт", OfferType.PRODUCTION,
                "Бэкенд-разработка", starts, starts.plusDays(12), 40, null));
        assertThatThrownBy(() -> proposals.approve(fixtures.user("coordinator2"), proposal.id()))
                .isInstanceOf(DomainProblem.class).hasMessage("placements.problem.notFound");
        proposals.approve(fixtures.user("coordinator"), proposal.id());
        assertThat(placements.mine(student)).anySatisfy(p -> {
            assertThat(p.companyName()).isEqualTo("ТОО Алатау Софт");
            assertThat(p.way()).isEqualTo(PlacementWay.PROPOSAL);
            assertThat(p.stipendKzt()).isNull();
        });
        assertThatThrownBy(() -> proposals.approve(fixtures.user("coordinator"), proposal.id()))
                .isInstanceOf(DomainProblem.class).hasMessage("placements.problem.proposalDecided");
    }

    @Test
    void aProposalWithDatesOutOfOrderIsRefusedWhole() {
        long before = jdbc.sql("SELECT count(*) FROM placements.proposal").query(Long.class).single();
        assertThatThrownBy(() -> proposals.submit(student, new ProposalCommand(null, " ", OfferType.PRODUCTION, "Практика",
                LocalDate.of(2027, 7, 1), LocalDate.of(2027, 6, 1), 41, -5)))
                .isInstanceOfSatisfying(PlacementInputRejected.class, e -> assertThat(e.fieldProblems())
                        .extracting(DomainProblem.FieldProblem::field)
                        .containsExactly("companyName", "endsOn", "hoursPerWeek", "stipendKzt"));
        assertThat(jdbc.sql("SELECT count(*) FROM placements.proposal").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void aStudentBelowTheMinimumYearCannotApply() {
        CurrentUser rep = company;
        var draft = PlacementFixtures.draft("Для старших курсов", Selection.FIRST_COME, 1);
        draft = new kz.edufusion.placements.domain.OfferDraft(draft.type(), draft.selection(), draft.title(), draft.description(),
                draft.skillUris(), draft.fieldCodes(), draft.programCodes(), 4, draft.regionCode(), draft.city(), draft.remote(),
                draft.startsOn(), draft.endsOn(), draft.hoursPerWeek(), draft.seats(), draft.stipendKzt(), draft.mentors());
        OfferView offer = offers.publish(rep, offers.create(rep, fixtures.company("company"), draft).id());
        assertThatThrownBy(() -> apply(offer)).isInstanceOf(DomainProblem.class).hasMessage("placements.problem.yearTooLow");
        assertThat(jdbc.sql("SELECT count(*) FROM placements.application WHERE offer_id = ?").param(offer.id())
                .query(Long.class).single()).isZero();
    }

    private ApplicationView apply(OfferView offer) {
        return applications.apply(student, offer.id(), "Хочу пройти практику", new CvUpload("cv.pdf", PlacementFixtures.PDF));
    }

    static UUID id(ApplicationView view) {
        return view.id();
    }
}
