package kz.edufusion.placements;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kz.edufusion.common.LocalizedText;
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
import kz.edufusion.support.DemoLogins;
import kz.edufusion.support.TestPeople;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Supervised placements made for one test: a twin of the demo student (with a copy of their placement profile) is
 * accepted at a fresh Kcell offer whose dates the test chooses (around today, so days can be logged), gets a twin
 * tutor of KazNU and a twin mentor of Kcell, and the placement is moved to ACTIVE as the signed agreement would.
 */
final class SupervisionFixtures {

    /** One supervised placement and its people (e-mails to log in with MockMvc or a browser). */
    record Supervised(UUID placement, String student, String mentor, String tutor, LocalDate startsOn, LocalDate endsOn) {
    }

    private final TestPeople people;
    private final PlacementFixtures placements;
    private final Offers offers;
    private final Applications applications;
    private final PlacementRegistry registry;
    private final PlacementLifecycle lifecycle;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    SupervisionFixtures(TestPeople people, UserDetailsService users, Offers offers, Applications applications,
            PlacementRegistry registry, PlacementLifecycle lifecycle, JdbcClient jdbc, TransactionTemplate tx) {
        this.people = people;
        this.placements = new PlacementFixtures(users, offers);
        this.offers = offers;
        this.applications = applications;
        this.registry = registry;
        this.lifecycle = lifecycle;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /** The fixtures with the application's own services, from the test's context. */
    static SupervisionFixtures of(org.springframework.context.ApplicationContext context) {
        UserDetailsService users = context.getBean(UserDetailsService.class);
        JdbcClient jdbc = context.getBean(JdbcClient.class);
        return new SupervisionFixtures(new TestPeople(jdbc, users), users, context.getBean(Offers.class),
                context.getBean(Applications.class), context.getBean(PlacementRegistry.class),
                context.getBean(PlacementLifecycle.class), jdbc, context.getBean(TransactionTemplate.class));
    }

    TestPeople people() {
        return people;
    }

    /** A new active placement from {@code daysAgo} days before today for {@code length} days, with new people. */
    Supervised active(int daysAgo, int length) {
        return active(daysAgo, length, people.twinEmail("mentor", "Наставник " + UUID.randomUUID().toString().substring(0, 6)),
                people.twinEmail("tutor", "Руководитель " + UUID.randomUUID().toString().substring(0, 6)));
    }

    /** The same, with the mentor and tutor given (a mentor of several mentees). */
    Supervised active(int daysAgo, int length, String mentor, String tutor) {
        Supervised s = placed(daysAgo, length, mentor, tutor);
        tx.executeWithoutResult(status -> lifecycle.activate(s.placement()));
        return s;
    }

    /** A placement still waiting for its agreement (AGREEMENT). */
    Supervised placed(int daysAgo, int length, String mentor, String tutor) {
        LocalDate startsOn = LocalDate.now(kz.edufusion.common.web.PlatformTime.ZONE).minusDays(daysAgo);
        LocalDate endsOn = startsOn.plusDays(length);
        String student = people.twinEmail("student", "Студент " + UUID.randomUUID().toString().substring(0, 6));
        CurrentUser me = people.user(student);
        jdbc.sql("INSERT INTO placements.student_profile (person_id, university_id, program_code, field_code, year_of_study, "
                        + "region_code, remote_region, targeted_grant, gender) SELECT ?, s.university_id, s.program_code, s.field_code, "
                        + "s.year_of_study, s.region_code, s.remote_region, s.targeted_grant, s.gender FROM placements.student_profile s "
                        + "JOIN identity.person p ON p.id = s.person_id WHERE p.email = ?")
                .params(me.personId(), DemoLogins.email("student")).update();
        CurrentUser rep = placements.user("company");
        OfferView offer = offers.publish(rep, offers.create(rep, placements.company("company"), new OfferDraft(OfferType.INTERNSHIP,
                Selection.FIRST_COME, LocalizedText.of(null, "Практика " + UUID.randomUUID(), null),
                LocalizedText.of(null, "Практика под руководством наставника", null), List.of(), List.of(), List.of(), null,
                "KZ-75", "Алматы", false, startsOn, endsOn, 30, 1, 100_000, null)).id());
        ApplicationView applied = applications.apply(me, offer.id(), "Хочу", new CvUpload("cv.pdf", PlacementFixtures.PDF));
        applications.decide(rep, applied.id(), new Decision(Decision.Action.ACCEPT, null, null, null));
        UUID placement = jdbc.sql("SELECT id FROM placements.placement WHERE application_id = ?").param(applied.id())
                .query(UUID.class).single();
        registry.assignMentor(rep, placement, people.user(mentor).personId());
        registry.assignTutor(placements.user("coordinator"), placement, people.user(tutor).personId());
        return new Supervised(placement, student, mentor, tutor, startsOn, endsOn);
    }
}
