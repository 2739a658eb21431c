package kz.edufusion.placements;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.placements.agreements.AgreementStatus;
import kz.edufusion.placements.agreements.AgreementTerms;
import kz.edufusion.placements.agreements.AgreementVersion;
import kz.edufusion.placements.agreements.AgreementView;
import kz.edufusion.placements.agreements.IpOwner;
import kz.edufusion.placements.agreements.Signing;
import kz.edufusion.placements.agreements.VersionStatus;
import kz.edufusion.placements.domain.PlacementInputRejected;
import kz.edufusion.placements.domain.PlacementLifecycle;
import kz.edufusion.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.support.TransactionTemplate;

/** The agreement's states: three signatures activate the placement, amendments, termination, completion, bad input. */
@IntegrationTest
class AgreementFlowTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    PlacementLifecycle lifecycle;
    @Autowired
    TransactionTemplate transactions;

    AgreementFixtures fixtures;
    CurrentUser student;
    UUID placement;

    @BeforeEach
    void placed() {
        fixtures = new AgreementFixtures(context);
        student = fixtures.student("Aliya  Serikqyzy");
        placement = fixtures.placed(student);
    }

    @Test
    void threeSignaturesPutTheAgreementInForceAndActivateThePlacement() throws Exception {
        AgreementView sent = fixtures.sent(placement, "ru");
        AgreementVersion v1 = sent.latest();
        assertThat(sent.status()).isEqualTo(AgreementStatus.SENT);
        assertThat(v1.status()).isEqualTo(VersionStatus.SENT);
        byte[] stored = fixtures.jdbc.sql("SELECT document FROM placements.agreement_version WHERE placement_id = ? AND version = 1")
                .param(placement).query((rs, row) -> rs.getBytes(1)).single();
        assertThat(v1.documentSha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(stored)));

        fixtures.agreements.sign(student, placement, AgreementFixtures.signing("  aliya serikqyzy "));
        AgreementView two = fixtures.agreements.sign(fixtures.user("coordinator"), placement,
                AgreementFixtures.signing("Yerlan Bekov"));
        assertThat(two.status()).isEqualTo(AgreementStatus.SENT);
        assertThat(placementStatus()).isEqualTo("AGREEMENT");
        assertThat(two.latest().signature(PlacementParty.STUDENT)).hasValueSatisfying(s -> {
            assertThat(s.documentSha256()).isEqualTo(v1.documentSha256());
            assertThat(s.ipAddress()).isEqualTo("203.0.113.7");
            assertThat(s.userAgent()).isEqualTo("JUnit");
            assertThat(s.consentText()).contains(v1.documentSha256());
        });

        AgreementView all = fixtures.agreements.sign(fixtures.user("company"), placement,
                AgreementFixtures.signing("TIMUR ZHAKSYLYKOV"));
        assertThat(all.status()).isEqualTo(AgreementStatus.ACTIVE);
        assertThat(all.inForce()).hasValueSatisfying(v -> assertThat(v.version()).isEqualTo(1));
        assertThat(placementStatus()).isEqualTo("ACTIVE");
        assertThat(fixtures.jdbc.sql("SELECT count(*) FROM identity.audit_event WHERE object_id = ? AND action = 'placements.agreement.signed'")
                .param(placement.toString()).query(Long.class).single()).isEqualTo(3);
        assertThatThrownBy(() -> fixtures.agreements.sign(student, placement, AgreementFixtures.signing("Aliya Serikqyzy")))
                .isInstanceOfSatisfying(DomainProblem.class, p -> assertThat(p.status().value()).isEqualTo(409));
    }

    @Test
    void anAmendmentIsSignedAgainAndOnlyThenChangesThePlacementsTerms() {
        fixtures.sent(placement, "kk");
        fixtures.signedByAll(placement, student, "Aliya Serikqyzy");
        CurrentUser company = fixtures.user("company");
        assertThatThrownBy(() -> fixtures.agreements.amend(company, placement, " "))
                .isInstanceOfSatisfying(PlacementInputRejected.class,
                        p -> assertThat(p.fieldProblems()).extracting("field").containsExactly("amendmentReason"));

        AgreementView amendment = fixtures.agreements.amend(company, placement, "Больше часов на проект");
        AgreementTerms before = amendment.latest().terms();
        assertThat(amendment.latest().version()).isEqualTo(2);
        assertThat(amendment.latest().status()).isEqualTo(VersionStatus.DRAFT);
        fixtures.agreements.saveDraft(company, placement, new AgreementTerms("kk", before.startsOn(), before.endsOn().plusDays(7), 36,
                null, List.of("Дашборд оттока", "Прогноз спроса"), before.tutorName(), before.mentorName(), IpOwner.JOINT,
                "Больше часов на проект"));
        fixtures.agreements.send(company, placement);
        fixtures.agreements.sign(student, placement, AgreementFixtures.signing("Aliya Serikqyzy"));
        fixtures.agreements.sign(fixtures.user("coordinator"), placement, AgreementFixtures.signing("Yerlan Bekov"));
        AgreementView waiting = fixtures.agreements.view(company, placement);
        assertThat(waiting.inForce()).hasValueSatisfying(v -> assertThat(v.version()).isEqualTo(1));
        assertThat(fixtures.jdbc.sql("SELECT hours_per_week FROM placements.placement WHERE id = ?").param(placement).query(Integer.class)
                .single()).isEqualTo(30);

        AgreementView signed = fixtures.agreements.sign(company, placement, AgreementFixtures.signing("Timur Zhaksylykov"));
        assertThat(signed.inForce()).hasValueSatisfying(v -> assertThat(v.version()).isEqualTo(2));
        assertThat(signed.version(1)).hasValueSatisfying(v -> assertThat(v.status()).isEqualTo(VersionStatus.SUPERSEDED));
        assertThat(signed.status()).isEqualTo(AgreementStatus.ACTIVE);
        var terms = fixtures.jdbc.sql("SELECT hours_per_week, stipend_kzt, ends_on FROM placements.placement WHERE id = ?").param(placement)
                .query((rs, row) -> List.of(rs.getInt(1), String.valueOf(rs.getObject(2)), rs.getDate(3).toLocalDate())).single();
        assertThat(terms).containsExactly(36, "null", before.endsOn().plusDays(7));
    }

    @Test
    void aRevisionBeforeEveryoneSignedWithdrawsTheSentVersion() {
        fixtures.sent(placement, "ru");
        fixtures.agreements.sign(student, placement, AgreementFixtures.signing("Aliya Serikqyzy"));
        AgreementView revised = fixtures.agreements.amend(fixtures.user("coordinator"), placement, "Уточнены задачи");
        assertThat(revised.status()).isEqualTo(AgreementStatus.DRAFT);
        assertThat(revised.version(1)).hasValueSatisfying(v -> assertThat(v.status()).isEqualTo(VersionStatus.WITHDRAWN));
        assertThatThrownBy(() -> fixtures.agreements.sign(fixtures.user("company"), placement,
                AgreementFixtures.signing("Timur Zhaksylykov")))
                .isInstanceOfSatisfying(DomainProblem.class, p -> assertThat(p.messageKey())
                        .isEqualTo("placements.agreements.problem.nothingToSign"));
    }

    @Test
    void terminationNeedsAReasonAndTerminatesThePlacement() {
        fixtures.sent(placement, "kk");
        fixtures.signedByAll(placement, student, "Aliya Serikqyzy");
        assertThatThrownBy(() -> fixtures.agreements.terminate(fixtures.user("company"), placement, ""))
                .isInstanceOf(PlacementInputRejected.class);
        assertThat(placementStatus()).isEqualTo("ACTIVE");

        AgreementView ended = fixtures.agreements.terminate(fixtures.user("company"), placement, "Компания закрыла отдел");
        assertThat(ended.status()).isEqualTo(AgreementStatus.TERMINATED);
        assertThat(ended.terminationReason()).isEqualTo("Компания закрыла отдел");
        assertThat(placementStatus()).isEqualTo("TERMINATED");
        assertThat(fixtures.jdbc.sql("SELECT status_reason FROM placements.placement WHERE id = ?").param(placement).query(String.class)
                .single()).isEqualTo("Компания закрыла отдел");
        assertThatThrownBy(() -> fixtures.agreements.amend(fixtures.user("company"), placement, "ещё"))
                .isInstanceOfSatisfying(DomainProblem.class, p -> assertThat(p.status().value()).isEqualTo(409));
    }

    @Test
    void theAgreementCompletesWithThePlacement() {
        fixtures.sent(placement, "ru");
        fixtures.signedByAll(placement, student, "Aliya Serikqyzy");
        fixtures.agreements.amend(fixtures.user("coordinator"), placement, "Продление");
        transactions.executeWithoutResult(tx -> lifecycle.finish(placement, true, null));
        AgreementView done = fixtures.agreements.view(student, placement);
        assertThat(done.status()).isEqualTo(AgreementStatus.COMPLETED);
        assertThat(done.latest().status()).isEqualTo(VersionStatus.WITHDRAWN);
        assertThat(done.inForce()).hasValueSatisfying(v -> assertThat(v.version()).isEqualTo(1));
    }

    @Test
    void badInputIsRefusedWithItsFieldsAndWritesNothing() {
        CurrentUser coordinator = fixtures.user("coordinator");
        AgreementTerms prepared = fixtures.agreements.prepare(coordinator, placement, "kk").latest().terms();
        AgreementTerms backwards = new AgreementTerms("kk", prepared.startsOn(), prepared.startsOn().minusDays(1), 0, -5,
                List.of("x"), null, null, IpOwner.COMPANY, null);
        assertThatThrownBy(() -> fixtures.agreements.saveDraft(coordinator, placement, backwards))
                .isInstanceOfSatisfying(PlacementInputRejected.class, p -> assertThat(p.fieldProblems()).extracting("field")
                        .contains("endsOn", "hoursPerWeek", "stipendKzt"));
        AgreementTerms tooLong = new AgreementTerms("kk", prepared.startsOn(), prepared.startsOn().plusYears(4), 20, null,
                List.of("x"), null, null, IpOwner.COMPANY, null);
        assertThatThrownBy(() -> fixtures.agreements.saveDraft(coordinator, placement, tooLong))
                .isInstanceOfSatisfying(PlacementInputRejected.class, p -> assertThat(p.fieldProblems()).extracting("messageKey")
                        .contains("placements.agreements.validation.periodTooLong"));
        assertThat(fixtures.agreements.view(coordinator, placement).latest().terms()).isEqualTo(prepared);

        assertThatThrownBy(() -> fixtures.agreements.send(coordinator, placement))
                .isInstanceOfSatisfying(PlacementInputRejected.class, p -> assertThat(p.fieldProblems()).extracting("field")
                        .contains("tasks", "tutorName", "mentorName"));
        assertThat(fixtures.agreements.view(coordinator, placement).latest().status()).isEqualTo(VersionStatus.DRAFT);

        fixtures.agreements.saveDraft(coordinator, placement, AgreementFixtures.ready(prepared, "kk"));
        fixtures.agreements.send(coordinator, placement);
        assertThatThrownBy(() -> fixtures.agreements.sign(student, placement, new Signing(null, "Dias Nurlanov", true, "127.0.0.1", null)))
                .isInstanceOfSatisfying(PlacementInputRejected.class, p -> assertThat(p.fieldProblems()).extracting("field")
                        .containsExactly("fullName"));
        assertThatThrownBy(() -> fixtures.agreements.sign(student, placement, new Signing(null, "Aliya Serikqyzy", false, "127.0.0.1", null)))
                .isInstanceOfSatisfying(PlacementInputRejected.class, p -> assertThat(p.fieldProblems()).extracting("field")
                        .containsExactly("consent"));
        assertThat(fixtures.jdbc.sql("SELECT count(*) FROM placements.agreement_signature WHERE placement_id = ?").param(placement)
                .query(Long.class).single()).isZero();
    }

    private String placementStatus() {
        return fixtures.jdbc.sql("SELECT status FROM placements.placement WHERE id = ?").param(placement).query(String.class).single();
    }
}
