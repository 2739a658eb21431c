package kz.edufusion.academy.accreditation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kz.edufusion.common.web.PlatformTime;
import kz.edufusion.identity.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo accreditation, once (when no submission exists yet), through the services as people would do it: the demo
 * educator's first course is approved by the demo QA reviewer for three years, the second waits in the queue, and a
 * third (when there is one) came back with changes requested, so every state shows on first start.
 */
@Component
@Profile("demo")
@Order(48)
class DemoAccreditationSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoAccreditationSeeder.class);

    private final UserDetailsService users;
    private final Accreditations accreditations;
    private final Reviewing reviewing;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoAccreditationSeeder(UserDetailsService users, Accreditations accreditations, Reviewing reviewing, JdbcClient jdbc,
            TransactionTemplate transaction, ObjectProvider<Clock> clock) {
        this.users = users;
        this.accreditations = accreditations;
        this.reviewing = reviewing;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    record DemoCourse(UUID id, UUID versionId) {
    }

    @Override
    public void run(ApplicationArguments args) {
        if (jdbc.sql("SELECT count(*) FROM academy.accreditation_submission").query(Long.class).single() > 0) {
            return;
        }
        CurrentUser educator = (CurrentUser) users.loadUserByUsername("educator@demo.edufusion.kz");
        CurrentUser reviewer = (CurrentUser) users.loadUserByUsername("reviewer@demo.edufusion.kz");
        List<DemoCourse> courses = jdbc.sql("SELECT id, published_version_id FROM academy.course WHERE owner_id = ? "
                        + "AND published_version_id IS NOT NULL ORDER BY created_at, id LIMIT 3")
                .param(educator.personId()).query((rs, n) -> new DemoCourse(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class))).list();
        if (courses.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), PlatformTime.ZONE);
        transaction.executeWithoutResult(status -> {
            DemoCourse approved = courses.get(0);
            UUID first = accreditations.submit(educator, approved.id(), approved.versionId(),
                    "Outcomes are mapped to ESCO skills; the quiz covers every outcome.").id();
            reviewing.decide(reviewer, first, verdicts(reviewer, first, Verdict.MET),
                    new DecisionInput(AccreditationDecision.APPROVED, today, today.plusYears(3), "Meets the standards; renew in three years."));
            if (courses.size() > 2) {
                DemoCourse changes = courses.get(2);
                UUID third = accreditations.submit(educator, changes.id(), changes.versionId(), null).id();
                reviewing.decide(reviewer, third, verdicts(reviewer, third, Verdict.PARTLY_MET), new DecisionInput(
                        AccreditationDecision.CHANGES_REQUESTED, null, null, "Add an assessment for each outcome and state the workload per module."));
            }
            if (courses.size() > 1) {
                DemoCourse waiting = courses.get(1);
                accreditations.submit(educator, waiting.id(), waiting.versionId(), "First submission of this course.");
            }
        });
        log.info("Demo accreditation: 1 course accredited, {} submitted", courses.size() - 1);
    }

    private List<VerdictInput> verdicts(CurrentUser reviewer, UUID submission, Verdict verdict) {
        return reviewing.saveVerdicts(reviewer, submission, List.of()).review().items().stream()
                .map(i -> new VerdictInput(i.code(), verdict, verdict == Verdict.MET ? null
                        : "Partly: the evidence for this standard is incomplete in the published version."))
                .toList();
    }
}
