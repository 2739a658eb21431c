package kz.edufusion.placements;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Two signatures of the same party at the same moment (a double click, two tabs): the agreement's row lock queues
 * them, the second finds the first and is refused with 409; exactly one signature is stored, every time. And the last
 * two parties signing at once: without the lock each would count two signatures and nobody would activate (the test
 * holds the version's row so both signatures reach the insert together; with the lock replaced by a plain read it fails).
 */
@IntegrationTest
class AgreementSignatureRaceTest {

    @Autowired
    ApplicationContext context;

    static final int ROUNDS = 4;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    @Test
    void oneSignaturePerPartyEvenAtOnce() throws Exception {
        AgreementFixtures fixtures = new AgreementFixtures(context);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                CurrentUser student = fixtures.student("Timur Bekmukhamedov");
                UUID placement = fixtures.placed(student);
                fixtures.sent(placement, "ru");
                CountDownLatch start = new CountDownLatch(1);
                List<CompletableFuture<String>> both = new ArrayList<>();
                for (int i = 0; i < 2; i++) {
                    both.add(CompletableFuture.supplyAsync(() -> {
                        try {
                            start.await();
                            fixtures.agreements.sign(student, placement, AgreementFixtures.signing("Timur Bekmukhamedov"));
                            return "signed";
                        } catch (DomainProblem refused) {
                            return refused.status().value() + " " + refused.messageKey();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return "interrupted";
                        }
                    }, pool));
                }
                start.countDown();
                List<String> outcomes = new ArrayList<>();
                for (CompletableFuture<String> f : both) {
                    outcomes.add(f.get(60, TimeUnit.SECONDS));
                }
                assertThat(outcomes).containsExactlyInAnyOrder("signed", "409 placements.agreements.problem.alreadySigned");
                assertThat(fixtures.jdbc.sql("SELECT count(*) FROM placements.agreement_signature WHERE placement_id = ?").param(placement)
                        .query(Integer.class).single()).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theLastTwoSigningAtOnceStillActivate() throws Exception {
        AgreementFixtures fixtures = new AgreementFixtures(context);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                CurrentUser student = fixtures.student("Saltanat Yermekova");
                UUID placement = fixtures.placed(student);
                fixtures.sent(placement, "kk");
                fixtures.agreements.sign(fixtures.user("coordinator"), placement,
                        AgreementFixtures.signing("Yerlan Bekov"));
                CountDownLatch held = new CountDownLatch(1);
                CountDownLatch release = new CountDownLatch(1);
                CompletableFuture<?> holder = CompletableFuture.runAsync(() -> transactions.executeWithoutResult(tx -> {
                    fixtures.jdbc.sql("SELECT version FROM placements.agreement_version WHERE placement_id = ? AND version = 1 FOR UPDATE")
                            .param(placement).query(Integer.class).single();
                    held.countDown();
                    await(release);
                }), pool);
                held.await(30, TimeUnit.SECONDS);
                CompletableFuture<?> mine = CompletableFuture.runAsync(
                        () -> fixtures.agreements.sign(student, placement, AgreementFixtures.signing("Saltanat Yermekova")), pool);
                CompletableFuture<?> company = CompletableFuture.runAsync(() -> fixtures.agreements.sign(fixtures.user("company"), placement,
                        AgreementFixtures.signing("Timur Zhaksylykov")), pool);
                Thread.sleep(1500);
                release.countDown();
                holder.get(60, TimeUnit.SECONDS);
                mine.get(60, TimeUnit.SECONDS);
                company.get(60, TimeUnit.SECONDS);
                assertThat(fixtures.jdbc.sql("SELECT status FROM placements.placement WHERE id = ?").param(placement).query(String.class)
                        .single()).isEqualTo("ACTIVE");
                assertThat(fixtures.jdbc.sql("SELECT status FROM placements.agreement WHERE placement_id = ?").param(placement)
                        .query(String.class).single()).isEqualTo("ACTIVE");
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void await(CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
