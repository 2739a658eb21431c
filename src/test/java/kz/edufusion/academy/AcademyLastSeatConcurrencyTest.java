package kz.edufusion.academy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kz.edufusion.academy.domain.Authoring;
import kz.edufusion.academy.domain.CohortView;
import kz.edufusion.academy.domain.CourseContent;
import kz.edufusion.academy.domain.Delivery;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.support.IntegrationTest;
import kz.edufusion.support.TestPeople;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Two learners take the last seat of a cohort at the same moment: one gets it, the other waits; never two seats. */
@IntegrationTest
class AcademyLastSeatConcurrencyTest {

    @Autowired
    Authoring authoring;
    @Autowired
    CourseContent content;
    @Autowired
    Delivery delivery;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    @RepeatedTest(3)
    void theLastSeatGoesToExactlyOne() throws Exception {
        TestPeople people = new TestPeople(jdbc, users);
        CurrentUser owner = people.twin("educator", "Seat Owner");
        var course = new AcademyFixtures(authoring, content).published(owner, AcademyFixtures.unique("Seats"));
        delivery.changeMode(owner, course.courseId(), EnrollmentMode.COHORT);
        CohortView cohort = delivery.createCohort(owner, course.courseId(), AcademyDeliveryTest.cohort(1));
        List<CurrentUser> learners = List.of(people.twin("student", "Racer One"), people.twin("student", "Racer Two"));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<EnrollmentStatus> outcomes = new ArrayList<>();
        try {
            List<Future<EnrollmentStatus>> results = new ArrayList<>();
            for (CurrentUser learner : learners) {
                results.add(pool.submit(() -> {
                    start.await();
                    return delivery.apply(learner, course.courseId(), cohort.id()).status();
                }));
            }
            start.countDown();
            for (Future<EnrollmentStatus> result : results) {
                outcomes.add(result.get());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(outcomes).containsExactlyInAnyOrder(EnrollmentStatus.ACTIVE, EnrollmentStatus.WAITLISTED);
        assertThat(jdbc.sql("SELECT count(*) FROM academy.enrollment WHERE cohort_id = ? AND status = 'ACTIVE'").param(cohort.id())
                .query(Long.class).single()).isEqualTo(1);
    }
}
