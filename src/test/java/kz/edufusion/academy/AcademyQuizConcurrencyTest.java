package kz.edufusion.academy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kz.edufusion.academy.domain.Authoring;
import kz.edufusion.academy.domain.CompletionRule;
import kz.edufusion.academy.domain.CourseContent;
import kz.edufusion.academy.domain.Learning;
import kz.edufusion.academy.domain.QuizAuthoring;
import kz.edufusion.academy.domain.QuizTaking;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.support.IntegrationTest;
import kz.edufusion.support.TestPeople;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Two starts or two submits at the same moment: the attempt limit holds and an attempt is graded once. */
@IntegrationTest
class AcademyQuizConcurrencyTest {

    @Autowired
    Authoring authoring;
    @Autowired
    CourseContent content;
    @Autowired
    Learning learning;
    @Autowired
    QuizAuthoring quizzes;
    @Autowired
    QuizTaking taking;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService users;

    @Test
    void twoStartsAndTwoSubmitsAtOnceUseOneAttemptAndGradeItOnce() throws Exception {
        TestPeople people = new TestPeople(jdbc, users);
        CurrentUser owner = people.twin("educator", "Race Owner");
        CurrentUser learner = people.twin("student", "Race Learner");
        var course = new AcademyFixtures(authoring, content).draft(owner, AcademyFixtures.unique("Race"), "Lesson.");
        UUID quizId = QuizFixtures.fourKinds(quizzes, owner, course.moduleId(), QuizFixtures.settings(50, 1, null, 4));
        quizzes.setCompletionRule(owner, course.versionId(), CompletionRule.COMPLETED);
        authoring.publish(owner, course.versionId());
        learning.enroll(learner, course.courseId());

        List<Object> starts = twice(() -> taking.start(learner, quizId));
        assertThat(starts).doesNotHaveAnyElementsOfTypes(Throwable.class);
        assertThat(starts.get(0)).isEqualTo(starts.get(1));
        UUID attemptId = (UUID) starts.get(0);

        List<Object> submits = twice(() -> taking.submit(learner, attemptId, Map.of()));
        assertThat(submits).filteredOn(r -> r instanceof DomainProblem p && p.status() == HttpStatus.CONFLICT).hasSize(1);
        assertThat(jdbc.sql("SELECT count(*) FROM academy.quiz_attempt_answer WHERE attempt_id = ?").param(attemptId)
                .query(Integer.class).single()).isEqualTo(4);
        assertThat(jdbc.sql("SELECT count(*) FROM academy.quiz_attempt WHERE quiz_id = ?").param(quizId)
                .query(Integer.class).single()).isEqualTo(1);
    }

    /** Runs the call on two threads released at the same moment; answers each result or the exception thrown. */
    private static List<Object> twice(Callable<Object> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Object>> futures = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                futures.add(pool.submit(() -> {
                    go.await();
                    try {
                        return call.call();
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            go.countDown();
            List<Object> results = new ArrayList<>();
            for (Future<Object> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdown();
        }
    }
}
