package kz.edufusion.placements;

import java.util.List;
import java.util.UUID;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.placements.agreements.AgreementTerms;
import kz.edufusion.placements.agreements.AgreementView;
import kz.edufusion.placements.agreements.Agreements;
import kz.edufusion.placements.agreements.IpOwner;
import kz.edufusion.placements.agreements.Signing;
import kz.edufusion.placements.domain.ApplicationView;
import kz.edufusion.placements.domain.Applications;
import kz.edufusion.placements.domain.CvUpload;
import kz.edufusion.placements.domain.Decision;
import kz.edufusion.placements.domain.OfferView;
import kz.edufusion.placements.domain.Offers;
import kz.edufusion.support.TestPeople;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A fresh placement for one agreement test: a twin of the demo student (with a copy of the demo student's profile)
 * applies to a fresh Kcell offer with its own dates and Kcell's representative accepts, so the agreement tests never
 * share a student or a placement with any other test. The coordinator and the representative are the demo ones.
 */
final class AgreementFixtures {

    final PlacementFixtures placements;
    final TestPeople people;
    final Agreements agreements;
    final JdbcClient jdbc;
    private final Applications applications;

    /** The fixtures over the test context's beans (a test class needs only the context injected). */
    AgreementFixtures(ApplicationContext context) {
        UserDetailsService users = context.getBean(UserDetailsService.class);
        this.jdbc = context.getBean(JdbcClient.class);
        this.placements = new PlacementFixtures(users, context.getBean(Offers.class));
        this.people = new TestPeople(jdbc, users);
        this.applications = context.getBean(Applications.class);
        this.agreements = context.getBean(Agreements.class);
    }

    /** A new student of KazNU with a placement profile, by this name. */
    CurrentUser student(String fullName) {
        CurrentUser twin = people.twin("student", fullName);
        jdbc.sql("INSERT INTO placements.student_profile (person_id, university_id, program_code, field_code, year_of_study, "
                        + "region_code, remote_region, targeted_grant, gender) SELECT ?, university_id, program_code, field_code, "
                        + "year_of_study, region_code, remote_region, targeted_grant, gender FROM placements.student_profile "
                        + "WHERE person_id = ?")
                .params(twin.personId(), user("student").personId()).update();
        return twin;
    }

    CurrentUser user(String login) {
        return placements.user(login);
    }

    /** The student placed at a fresh Kcell offer (first come, accepted by Kcell's demo representative). */
    UUID placed(CurrentUser student) {
        OfferView offer = placements.published("company", Selection.FIRST_COME, 1);
        ApplicationView applied = applications.apply(student, offer.id(), "Хочу пройти практику",
                new CvUpload("cv.pdf", PlacementFixtures.PDF));
        applications.decide(user("company"), applied.id(), new Decision(Decision.Action.ACCEPT, null, null, null));
        return jdbc.sql("SELECT id FROM placements.placement WHERE application_id = ?").param(applied.id())
                .query(UUID.class).single();
    }

    /** Terms ready to send: the placement's dates as prepared, two tasks, the demo tutor and mentor by name. */
    static AgreementTerms ready(AgreementTerms prepared, String language) {
        return new AgreementTerms(language, prepared.startsOn(), prepared.endsOn(), prepared.hoursPerWeek(),
                prepared.stipendKzt(), List.of("Анализ данных абонентов на SQL", "Дашборд оттока клиентов"), "Gulnara Omarova",
                "Asel Kenzhebayeva", IpOwner.COMPANY, prepared.amendmentReason());
    }

    /** Prepared by the demo coordinator in the language, filled in and sent: awaiting the three signatures. */
    AgreementView sent(UUID placement, String language) {
        CurrentUser coordinator = user("coordinator");
        AgreementView prepared = agreements.prepare(coordinator, placement, language);
        agreements.saveDraft(coordinator, placement, ready(prepared.latest().terms(), language));
        return agreements.send(coordinator, placement);
    }

    static Signing signing(String name) {
        return new Signing(null, name, true, "203.0.113.7", "JUnit");
    }

    /** The student, the demo coordinator and the demo representative sign, in that order. */
    AgreementView signedByAll(UUID placement, CurrentUser student, String studentName) {
        agreements.sign(student, placement, signing(studentName));
        agreements.sign(user("coordinator"), placement, signing("Yerlan Bekov"));
        return agreements.sign(user("company"), placement, signing("Timur Zhaksylykov"));
    }
}
