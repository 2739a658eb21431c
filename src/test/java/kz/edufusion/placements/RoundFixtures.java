package kz.edufusion.placements;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.placements.allocation.Category;
import kz.edufusion.placements.domain.OfferDraft;
import kz.edufusion.placements.domain.OfferView;
import kz.edufusion.placements.domain.Offers;
import kz.edufusion.placements.rounds.RoundCommand;
import kz.edufusion.placements.rounds.RoundCommand.OfferSeats;
import kz.edufusion.placements.rounds.RoundView;
import kz.edufusion.placements.rounds.Rounds;
import kz.edufusion.support.DemoLogins;
import kz.edufusion.support.TestPeople;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * People and rounds made for one test: twin students of a demo student with a copy of that student's placement
 * profile and skills (so they are eligible where the demo student is), fresh offers with their own dates, and rounds
 * of the demo coordinator's university (KazNU) over those offers only.
 */
final class RoundFixtures {

    final PlacementFixtures placements;
    final TestPeople people;
    private final JdbcClient jdbc;
    private final Offers offers;
    private final Rounds rounds;

    RoundFixtures(UserDetailsService users, JdbcClient jdbc, Offers offers, Rounds rounds) {
        this.placements = new PlacementFixtures(users, offers);
        this.people = new TestPeople(jdbc, users);
        this.jdbc = jdbc;
        this.offers = offers;
        this.rounds = rounds;
    }

    CurrentUser user(String login) {
        return placements.user(login);
    }

    /** A twin of the demo login with that student's profile and skills copied. */
    CurrentUser student(String demoLogin, String name) {
        return people.user(studentEmail(demoLogin, name));
    }

    String studentEmail(String demoLogin, String name) {
        String email = people.twinEmail(demoLogin, name);
        UUID twin = people.user(email).personId();
        UUID demo = user(demoLogin).personId();
        jdbc.sql("INSERT INTO placements.student_profile (person_id, university_id, program_code, field_code, year_of_study, "
                        + "region_code, remote_region, targeted_grant, gender, updated_by) SELECT ?, university_id, program_code, "
                        + "field_code, year_of_study, region_code, remote_region, targeted_grant, gender, updated_by "
                        + "FROM placements.student_profile WHERE person_id = ?")
                .params(twin, demo).update();
        jdbc.sql("INSERT INTO placements.student_skill SELECT ?, skill_uri FROM placements.student_skill WHERE person_id = ?")
                .params(twin, demo).update();
        return email;
    }

    void profile(CurrentUser student, String column, Object value) {
        jdbc.sql("UPDATE placements.student_profile SET " + column + " = ? WHERE person_id = ?").params(value, student.personId())
                .update();
    }

    void dropSkills(CurrentUser student) {
        jdbc.sql("DELETE FROM placements.student_skill WHERE person_id = ?").param(student.personId()).update();
    }

    /** A published offer of Kcell (the demo company) with its own dates, requiring the skills and min year given. */
    OfferView offer(String title, int seats, List<String> skillUris, int minYear) {
        OfferDraft d = PlacementFixtures.draft(title + " " + UUID.randomUUID().toString().substring(0, 6), Selection.FIRST_COME, seats);
        CurrentUser rep = user("company");
        OfferDraft draft = new OfferDraft(d.type(), d.selection(), d.title(), d.description(), skillUris, d.fieldCodes(),
                d.programCodes(), minYear, d.regionCode(), d.city(), d.remote(), d.startsOn(), d.endsOn(), d.hoursPerWeek(),
                d.seats(), d.stipendKzt(), d.mentors());
        return offers.publish(rep, offers.create(rep, placements.company("company"), draft).id());
    }

    OfferView offer(String title, int seats) {
        return offer(title, seats, List.of(), 2);
    }

    /** The demo student's skills (Java, SQL), to write offers that score them. */
    List<String> demoSkills() {
        return jdbc.sql("SELECT skill_uri FROM placements.student_skill WHERE person_id = ? ORDER BY skill_uri")
                .param(user("student").personId()).query(String.class).list();
    }

    /** An open round of the coordinator's university over these offers, every free seat of each in it. */
    RoundView openRound(CurrentUser coordinator, OfferView... roundOffers) {
        return rounds.open(coordinator, draft(coordinator, roundOffers).id());
    }

    RoundView draft(CurrentUser coordinator, OfferView... roundOffers) {
        List<OfferSeats> seats = java.util.Arrays.stream(roundOffers).map(o -> new OfferSeats(o.id(), null, Map.of())).toList();
        return rounds.create(coordinator, new RoundCommand(null, "Тестовый раунд " + UUID.randomUUID().toString().substring(0, 8),
                Instant.now().plus(Duration.ofDays(7)), Set.of(), seats));
    }

    static OfferSeats seats(OfferView offer, int capacity, Map<Category, Integer> reserves) {
        return new OfferSeats(offer.id(), capacity, reserves);
    }

    static String password() {
        return DemoLogins.PASSWORD;
    }
}
