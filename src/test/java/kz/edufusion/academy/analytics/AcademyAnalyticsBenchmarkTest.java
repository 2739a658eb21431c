package kz.edufusion.academy.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import kz.edufusion.academy.AcademyFixtures;
import kz.edufusion.academy.domain.Authoring;
import kz.edufusion.academy.domain.CourseContent;
import kz.edufusion.academy.records.Activities;
import kz.edufusion.academy.records.Verb;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.support.IntegrationTest;
import kz.edufusion.support.TestPeople;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The analytics at the scale of the targets, by hand only:
 * {@code ./mvnw -B -ntp test -Dtest=AcademyAnalyticsBenchmarkTest -Dbench=true -Dbench.enrollments=100000}.
 * N enrollments in one course over six semesters, 20 regions and 50 universities, a declared gender for each
 * learner, and for each an "experienced" statement of lesson one, for half also of lesson two and a "completed";
 * then the academy page's figures (all universities and one), and the owner's figures, timed best of three.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "bench", matches = "true")
class AcademyAnalyticsBenchmarkTest {

    private static final Logger log = LoggerFactory.getLogger(AcademyAnalyticsBenchmarkTest.class);

    @Autowired AcademyAnalytics analytics;
    @Autowired Authoring authoring;
    @Autowired CourseContent content;
    @Autowired Activities activities;
    @Autowired JdbcClient jdbc;
    @Autowired UserDetailsService users;

    UUID courseId;

    @AfterEach
    void removeBenchmarkRows() {
        if (courseId != null) {
            jdbc.sql("DELETE FROM academy.learner_profile WHERE person_id IN (SELECT learner_id FROM academy.enrollment WHERE course_id = ?)")
                    .param(courseId).update();
            jdbc.sql("DELETE FROM academy.xapi_statement WHERE course_id = ?").param(courseId).update();
            jdbc.sql("DELETE FROM academy.enrollment WHERE course_id = ?").param(courseId).update();
        }
    }

    @Test
    void figuresAtScale() {
        int n = Integer.getInteger("bench.enrollments", 100_000);
        TestPeople people = new TestPeople(jdbc, users);
        CurrentUser owner = people.twin("educator", "Benchmark Owner");
        AcademyFixtures.Draft course = new AcademyFixtures(authoring, content).published(owner, AcademyFixtures.unique("Benchmark"));
        courseId = course.courseId();
        UUID lessonOne = jdbc.sql("SELECT lesson_key FROM academy.lesson WHERE id = ?").param(course.lessonId()).query(UUID.class).single();
        UUID lessonTwo = jdbc.sql("SELECT lesson_key FROM academy.lesson WHERE id = ?").param(course.secondLessonId()).query(UUID.class).single();
        long started = System.nanoTime();
        jdbc.sql("INSERT INTO academy.enrollment (id, course_id, version_id, learner_id, enrolled_at, completed_lessons, completed_at) "
                + "SELECT gen_random_uuid(), ?, ?, gen_random_uuid(), now(), CASE WHEN i % 2 = 0 THEN 2 ELSE 1 END, "
                + "CASE WHEN i % 2 = 0 THEN now() END FROM generate_series(1, ?) i").params(courseId, course.versionId(), n).update();
        jdbc.sql("INSERT INTO academy.enrollment_fact (enrollment_id, course_id, learner_id, semester, organization_id, region_code, stem) "
                + "SELECT e.id, e.course_id, e.learner_id, (2023 + (row_number() OVER () % 3))::text || '-' || "
                + "(ARRAY['AUTUMN','SPRING'])[1 + (row_number() OVER () % 2)], "
                + "('00000000-0000-0000-0000-' || lpad((row_number() OVER () % 50)::text, 12, '0'))::uuid, "
                + "(ARRAY['KZ-71','KZ-75','KZ-79','KZ-10','KZ-11','KZ-15','KZ-19','KZ-23','KZ-63','KZ-31','KZ-33','KZ-27','KZ-35',"
                + "'KZ-39','KZ-43','KZ-47','KZ-59','KZ-55','KZ-61','KZ-62'])[1 + (row_number() OVER () % 20)], true "
                + "FROM academy.enrollment e WHERE e.course_id = ?").param(courseId).update();
        jdbc.sql("INSERT INTO academy.learner_profile (person_id, gender) SELECT learner_id, "
                + "(ARRAY['FEMALE','MALE','UNDISCLOSED'])[1 + (row_number() OVER () % 3)] FROM academy.enrollment WHERE course_id = ?")
                .param(courseId).update();
        statements(Verb.EXPERIENCED, activities.lesson(lessonOne), "true");
        statements(Verb.EXPERIENCED, activities.lesson(lessonTwo), "e.completed_at IS NOT NULL");
        statements(Verb.COMPLETED, activities.lesson(lessonTwo), "e.completed_at IS NOT NULL");
        jdbc.sql("ANALYZE academy.enrollment").update();
        jdbc.sql("ANALYZE academy.enrollment_fact").update();
        jdbc.sql("ANALYZE academy.xapi_statement").update();
        jdbc.sql("ANALYZE academy.learner_profile").update();
        log.info("Generated {} enrollments with facts, genders and statements in {} ms", n, (System.nanoTime() - started) / 1_000_000);

        CurrentUser admin = people.user("admin@demo.edufusion.kz");
        UUID university = UUID.fromString("00000000-0000-0000-0000-000000000007");
        long academy = best(() -> analytics.overview(admin, null, "2024-AUTUMN"));
        long oneUniversity = best(() -> analytics.overview(admin, university, "2024-AUTUMN"));
        long ownCourse = best(() -> analytics.course(owner, courseId));
        log.info("Academy analytics at {} enrollments: academy page {} ms, one university {} ms, the owner's course {} ms",
                n, academy, oneUniversity, ownCourse);
        assertThat(analytics.course(owner, courseId).enrollments()).isEqualTo((long) n);
        assertThat(academy).isLessThan(5_000);
        assertThat(ownCourse).isLessThan(5_000);
    }

    private void statements(Verb verb, String activity, String condition) {
        jdbc.sql("INSERT INTO academy.xapi_statement (id, actor_person_id, verb_id, object_id, course_id, registration, \"timestamp\", statement) "
                + "SELECT gen_random_uuid(), e.learner_id, ?, ?, e.course_id, e.id, now(), '{}'::jsonb FROM academy.enrollment e "
                + "WHERE e.course_id = ? AND " + condition).params(verb.iri(), activity, courseId).update();
    }

    private static long best(Runnable figures) {
        long best = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            long started = System.nanoTime();
            figures.run();
            best = Math.min(best, (System.nanoTime() - started) / 1_000_000);
        }
        return best;
    }
}
