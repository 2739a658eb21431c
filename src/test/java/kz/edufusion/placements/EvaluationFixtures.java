package kz.edufusion.placements;

import java.util.List;
import java.util.UUID;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.placements.domain.ApplicationView;
import kz.edufusion.placements.domain.Applications;
import kz.edufusion.placements.domain.CvUpload;
import kz.edufusion.placements.domain.Decision;
import kz.edufusion.placements.domain.OfferView;
import kz.edufusion.placements.domain.Offers;
import kz.edufusion.placements.domain.PlacementLifecycle;
import kz.edufusion.placements.domain.PlacementRegistry;
import kz.edufusion.support.TestPeople;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A fresh placement for one evaluation test: twins of the demo student, tutor and mentor (so no other test's
 * placements overlap), an offer of Kcell with its own dates, the student accepted, tutor and mentor named, and the
 * placement ACTIVE. Optionally the practice plan names learning outcomes, which become the criteria.
 */
final class EvaluationFixtures {

    record Placed(UUID id, String studentEmail, String tutorEmail, String mentorEmail, CurrentUser student, CurrentUser tutor,
            CurrentUser mentor) {
    }

    private final PlacementFixtures fixtures;
    private final TestPeople people;
    private final Applications applications;
    private final PlacementRegistry registry;
    private final PlacementLifecycle lifecycle;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    /** The beans it needs, from the one shared test context. */
    EvaluationFixtures(org.springframework.context.ApplicationContext context) {
        UserDetailsService users = context.getBean(UserDetailsService.class);
        this.jdbc = context.getBean(JdbcClient.class);
        this.fixtures = new PlacementFixtures(users, context.getBean(Offers.class));
        this.people = new TestPeople(jdbc, users);
        this.applications = context.getBean(Applications.class);
        this.registry = context.getBean(PlacementRegistry.class);
        this.lifecycle = context.getBean(PlacementLifecycle.class);
        this.transaction = context.getBean(TransactionTemplate.class);
    }

    PlacementFixtures placementFixtures() {
        return fixtures;
    }

    /** An ACTIVE placement whose plan names these outcome codes (none: the generic criteria apply). */
    Placed active(String studentName, List<String> outcomes) {
        Placed placed = placed(studentName, outcomes);
        transaction.executeWithoutResult(s -> lifecycle.activate(placed.id()));
        return placed;
    }

    /** The same, still in AGREEMENT. */
    Placed placed(String studentName, List<String> outcomes) {
        String studentEmail = people.twinEmail("student", studentName);
        String tutorEmail = people.twinEmail("tutor", "Tutor of " + studentName);
        String mentorEmail = people.twinEmail("mentor", "Mentor of " + studentName);
        CurrentUser student = people.user(studentEmail);
        jdbc.sql("INSERT INTO placements.student_profile (person_id, university_id, program_code, field_code, year_of_study, region_code,"
                        + " remote_region, targeted_grant, gender) SELECT ?, university_id, program_code, field_code, year_of_study, region_code,"
                        + " remote_region, targeted_grant, gender FROM placements.student_profile WHERE person_id = ?")
                .params(student.personId(), fixtures.user("student").personId()).update();
        OfferView offer = fixtures.published("company", Selection.FIRST_COME, 1);
        ApplicationView applied = applications.apply(student, offer.id(), "Хочу", new CvUpload("cv.pdf", PlacementFixtures.PDF));
        applications.decide(fixtures.user("company"), applied.id(), new Decision(Decision.Action.ACCEPT, null, null, null));
        UUID id = jdbc.sql("SELECT id FROM placements.placement WHERE application_id = ?").param(applied.id()).query(UUID.class).single();
        CurrentUser tutor = people.user(tutorEmail);
        CurrentUser mentor = people.user(mentorEmail);
        registry.assignTutor(fixtures.user("coordinator"), id, tutor.personId());
        registry.assignMentor(fixtures.user("company"), id, mentor.personId());
        if (!outcomes.isEmpty()) {
            UUID assignment = UUID.randomUUID();
            jdbc.sql("INSERT INTO placements.plan_assignment (id, placement_id, position, title, created_by) VALUES (?, ?, 1, 'Задание', ?)")
                    .params(assignment, id, tutor.personId()).update();
            outcomes.forEach(code -> jdbc.sql("INSERT INTO placements.plan_assignment_outcome (assignment_id, outcome_code) VALUES (?, ?)")
                    .params(assignment, code).update());
        }
        return new Placed(id, studentEmail, tutorEmail, mentorEmail, student, tutor, mentor);
    }

    /** A JSON form rating the outcome criteria in order with these ratings (a comment on every rating). */
    static String form(String evaluator, String stage, List<String> outcomes, int... ratings) {
        StringBuilder json = new StringBuilder("{\"evaluator\":\"" + evaluator + "\",\"stage\":\"" + stage + "\",\"ratings\":[");
        for (int i = 0; i < outcomes.size(); i++) {
            json.append(i == 0 ? "" : ",").append("{\"criterion\":\"OUTCOME:").append(outcomes.get(i)).append("\",\"rating\":")
                    .append(ratings[i]).append(",\"comment\":\"Наблюдение ").append(i).append("\"}");
        }
        return json.append("],\"comment\":\"Итог\"}").toString();
    }
}
