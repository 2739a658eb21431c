package kz.edufusion.tdss.domain;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import kz.edufusion.identity.CurrentUser;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo certification, once, through the same services people use: the demo educator (Satbayev University) records an
 * 80-hour national training that her coordinator confirms, applies for the national scheme with a portfolio, and the
 * demo reviewer (IAAR) assesses and certifies her, so her wallet holds the credential; the KazNU educator records a
 * 130-hour international training, confirmed by the KazNU coordinator, and her application for the international
 * scheme waits in the reviewer's queue.
 */
@Component
@Profile("demo")
@Order(48)
class DemoCertificationSeeder implements ApplicationRunner {

    static final String NATIONAL = "TDSS-NATIONAL-PEDAGOGY";
    static final String INTERNATIONAL = "TDSS-INTERNATIONAL-STEAM";
    private static final byte[] PDF = "%PDF-1.4\n% EduFusion demo portfolio\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    private final UserDetailsService users;
    private final TrainingRecords records;
    private final CertificationSchemes schemes;
    private final CertificationApplications applications;
    private final CertificationDecisions decisions;
    private final TransactionTemplate transaction;

    DemoCertificationSeeder(UserDetailsService users, TrainingRecords records, CertificationSchemes schemes,
            CertificationApplications applications, CertificationDecisions decisions, TransactionTemplate transaction) {
        this.users = users;
        this.records = records;
        this.schemes = schemes;
        this.applications = applications;
        this.decisions = decisions;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        CurrentUser educator = user("educator");
        if (!applications.mine(educator).isEmpty() || schemes.byCode(NATIONAL).isEmpty() || schemes.byCode(INTERNATIONAL).isEmpty()) {
            return;
        }
        CurrentUser reviewer = user("reviewer");
        CurrentUser colleague = user("educator2");
        LocalDate completed = LocalDate.now().minusMonths(2);
        transaction.executeWithoutResult(status -> {
            TrainingRecord national = records.recordExternal(educator, new ExternalInput("Active learning in engineering classes",
                    "Satbayev University Centre for Teaching Excellence", "NATIONAL", new BigDecimal("80"), completed, null),
                    "training-certificate.pdf", PDF);
            records.confirm(user("coordinator2"), national.id());
            CertificationView certified = applications.apply(educator, schemes.byCode(NATIONAL).orElseThrow().id());
            applications.addEvidence(educator, certified.id(), "teaching-portfolio.pdf", PDF);
            applications.submit(educator, certified.id());
            decisions.assess(reviewer, certified.id(), new AssessmentInput(86, "PASSED",
                    "A well-structured project lesson with simulations; every group presented.", "ACCEPTED",
                    "Lesson plans, student work and reflections cover all targeted competences."));
            decisions.decide(reviewer, certified.id(), "CERTIFIED",
                    "80 confirmed training hours, assessment 86 of 100, observed teaching passed, portfolio accepted.");

            TrainingRecord international = records.recordExternal(colleague, new ExternalInput(
                    "Digital methods for STEAM teaching (Erasmus+)", "European Schoolnet Academy, Erasmus+", "INTERNATIONAL",
                    new BigDecimal("130"), completed, null), "erasmus-certificate.pdf", PDF);
            records.confirm(user("coordinator"), international.id());
            CertificationView pending = applications.apply(colleague, schemes.byCode(INTERNATIONAL).orElseThrow().id());
            applications.addEvidence(colleague, pending.id(), "steam-portfolio.pdf", PDF);
            applications.submit(colleague, pending.id());
        });
    }

    private CurrentUser user(String login) {
        return (CurrentUser) users.loadUserByUsername(login + "@demo.edufusion.kz");
    }
}
