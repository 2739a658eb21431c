package kz.edufusion.placements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.placements.domain.ApplicationView;
import kz.edufusion.placements.domain.Applications;
import kz.edufusion.placements.domain.CvUpload;
import kz.edufusion.placements.domain.Decision;
import kz.edufusion.placements.domain.Decision.Action;
import kz.edufusion.placements.domain.OfferView;
import kz.edufusion.placements.domain.Offers;
import kz.edufusion.support.IntegrationTest;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Two representatives accept two applicants for the last seat at the same moment, each in their own transaction:
 * exactly one placement is made, the other acceptance is refused and leaves its application untouched.
 */
@IntegrationTest
class LastSeatConcurrencyTest {

    @Autowired
    UserDetailsService users;
    @Autowired
    Offers offers;
    @Autowired
    Applications applications;
    @Autowired
    JdbcClient jdbc;

    @RepeatedTest(5)
    void twoAcceptancesOfTheLastSeatDoNotBothSucceed() throws Exception {
        PlacementFixtures fixtures = new PlacementFixtures(users, offers);
        OfferView offer = fixtures.published("company", Selection.FIRST_COME, 1);
        CurrentUser company = fixtures.user("company");
        List<ApplicationView> applied = new ArrayList<>();
        for (String login : List.of("student", "student5")) {
            applied.add(applications.apply(fixtures.user(login), offer.id(), "Хочу", new CvUpload("cv.pdf", PlacementFixtures.PDF)));
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (ApplicationView application : applied) {
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        applications.decide(company, application.id(), new Decision(Action.ACCEPT, null, null, null));
                        return "accepted";
                    } catch (DomainProblem refused) {
                        return refused.messageKey();
                    }
                }));
            }
            start.countDown();
            List<String> outcomes = new ArrayList<>();
            for (Future<String> result : results) {
                outcomes.add(result.get());
            }
            assertThat(outcomes).containsExactlyInAnyOrder("accepted", "placements.problem.noSeatsLeft");
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.sql("SELECT count(*) FROM placements.placement WHERE offer_id = ?").param(offer.id())
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM placements.application WHERE offer_id = ? AND status = 'ACCEPTED'")
                .param(offer.id()).query(Long.class).single()).isEqualTo(1);
    }
}
