package kz.edufusion.tdss.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.common.web.PlatformTime;
import kz.edufusion.credentials.IssuedCredential;
import kz.edufusion.identity.AuditLog;
import kz.edufusion.identity.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The certification body's side: the queue of submitted applications of the schemes it runs, the assessment
 * (score, observed teaching, portfolio review), the decision CERTIFIED or NOT_CERTIFIED with mandatory reasons, and
 * revoking a certification, which revokes its credential. Only bodies act here (403 for everyone else, the applicant
 * included); an application of a scheme the body does not run is not found (404).
 */
@Service
public class CertificationDecisions {

    private final CertificationStore store;
    private final CertificationApplications applications;
    private final CertificationBodies bodies;
    private final CertificationCredentials credentials;
    private final TrainingLedger ledger;
    private final RequirementNames names;
    private final CertificationMail mail;
    private final AuditLog audit;

    CertificationDecisions(CertificationStore store, CertificationApplications applications, CertificationBodies bodies,
            CertificationCredentials credentials, TrainingLedger ledger, RequirementNames names, CertificationMail mail,
            AuditLog audit) {
        this.names = names;
        this.mail = mail;
        this.store = store;
        this.applications = applications;
        this.bodies = bodies;
        this.credentials = credentials;
        this.ledger = ledger;
        this.audit = audit;
    }

    /** Submitted applications waiting for a decision, oldest first. */
    @Transactional(readOnly = true)
    public List<CertificationSummary> queue(CurrentUser user) {
        List<CertificationSummary> waiting = new ArrayList<>(run(user, "a.status = 'SUBMITTED'"));
        java.util.Collections.reverse(waiting);
        return waiting;
    }

    /** Decided applications (certified, not certified, revoked), newest first. */
    @Transactional(readOnly = true)
    public List<CertificationSummary> decided(CurrentUser user) {
        return run(user, "a.status IN ('CERTIFIED', 'NOT_CERTIFIED', 'REVOKED')");
    }

    private List<CertificationSummary> run(CurrentUser user, String status) {
        bodies.requireBody(user);
        UUID[] agencies = bodies.agencies(user);
        return agencies == null ? store.summaries(status)
                : store.summaries(status + " AND (s.body_id IS NULL OR s.body_id = ANY(?))", (Object) agencies);
    }

    @Transactional
    public CertificationView assess(CurrentUser user, UUID id, AssessmentInput in) {
        CertificationStore.Row row = decidable(user, id);
        SchemeView scheme = applications.scheme(row.schemeId());
        if (in.score() != null && (in.score() < 0 || in.score() > 100)) {
            throw DomainProblem.invalidField("score", "tdss.certification.problem.scoreRange", 0, 100);
        }
        if (scheme.passScore() != null && in.score() == null) {
            throw DomainProblem.invalidField("score", "tdss.certification.problem.scoreMissing");
        }
        String observation = choice("observation", in.observation(), scheme.observationRequired(), "PASSED", "FAILED");
        String portfolio = choice("portfolio", in.portfolio(), scheme.portfolioRequired(), "ACCEPTED", "REJECTED");
        String observationNote = note("observationNote", in.observationNote());
        String portfolioNote = note("portfolioNote", in.portfolioNote());
        store.assessed(id, in.score(), observation, observationNote, portfolio, portfolioNote);
        String summary = "score=" + in.score() + ", observation=" + observation + ", portfolio=" + portfolio;
        // The history line names the step only: the assessment itself is shown, translated, beside it on the page;
        // the machine-readable summary goes to the audit log.
        store.event(id, "ASSESSED", user.personId(), null);
        audit.record("tdss.certification.assessed", "certification_application", id, summary);
        return applications.view(store.find(id).orElseThrow());
    }

    @Transactional
    public CertificationView decide(CurrentUser user, UUID id, String outcome, String reasons) {
        CertificationStore.Row row = decidable(user, id);
        if (!"CERTIFIED".equals(outcome) && !"NOT_CERTIFIED".equals(outcome)) {
            throw DomainProblem.invalidField("outcome", "tdss.problem.choice", "CERTIFIED, NOT_CERTIFIED");
        }
        String why = note("reasons", reasons);
        if (why == null) {
            throw DomainProblem.invalidField("reasons", "tdss.certification.problem.reasonsMissing");
        }
        SchemeView scheme = applications.scheme(row.schemeId());
        if ("NOT_CERTIFIED".equals(outcome)) {
            store.decided(id, outcome, why, user.personId(), null, null);
        } else {
            List<String> failed = failed(scheme, row);
            if (!failed.isEmpty()) {
                throw DomainProblem.conflict("tdss.certification.problem.notPassed", names.of(failed));
            }
            LocalDate validUntil = LocalDate.now(PlatformTime.ZONE).plusYears(scheme.validityYears());
            IssuedCredential credential = credentials.issue(id, row.personId(), store.name(row.personId()), scheme, validUntil);
            store.decided(id, outcome, why, user.personId(), validUntil, credential.id());
        }
        store.event(id, outcome, user.personId(), why);
        audit.record("tdss.certification." + outcome.toLowerCase(Locale.ROOT), "certification_application", id, why);
        mail.send(outcome, row.personId(), id, scheme, why);
        return applications.view(store.find(id).orElseThrow());
    }

    @Transactional
    public CertificationView revoke(CurrentUser user, UUID id, String reason) {
        CertificationStore.Row row = runnable(user, id);
        if (!"CERTIFIED".equals(row.status())) {
            throw DomainProblem.conflict("tdss.certification.problem.notCertified");
        }
        String why = note("reason", reason);
        if (why == null) {
            throw DomainProblem.invalidField("reason", "tdss.certification.problem.reasonMissing");
        }
        store.revoked(id, why);
        credentials.revoke(row.credentialId(), why);
        store.event(id, "REVOKED", user.personId(), why);
        audit.record("tdss.certification.revoked", "certification_application", id, why);
        mail.send("REVOKED", row.personId(), id, applications.scheme(row.schemeId()), why);
        return applications.view(store.find(id).orElseThrow());
    }

    /** What keeps a submitted application from being certified now: training, score, observation, portfolio. */
    private List<String> failed(SchemeView scheme, CertificationStore.Row row) {
        List<String> failed = new ArrayList<>(RequirementProgress.of(scheme, ledger.of(row.personId())).unmet());
        if (scheme.passScore() != null && (row.assessmentScore() == null || row.assessmentScore() < scheme.passScore())) {
            failed.add("score");
        }
        if (scheme.observationRequired() && !"PASSED".equals(row.observationResult())) {
            failed.add("observation");
        }
        if (scheme.portfolioRequired() && !"ACCEPTED".equals(row.portfolioResult())) {
            failed.add("portfolio");
        }
        return failed;
    }

    private CertificationStore.Row decidable(CurrentUser user, UUID id) {
        CertificationStore.Row row = runnable(user, id);
        if (!"SUBMITTED".equals(row.status())) {
            throw DomainProblem.conflict("tdss.certification.problem.notSubmitted");
        }
        return row;
    }

    /** 403 for non-bodies and for the applicant; 404 for an application of a scheme the body does not run. */
    private CertificationStore.Row runnable(CurrentUser user, UUID id) {
        bodies.requireBody(user);
        CertificationStore.Row row = store.lock(id).filter(r -> bodies.runs(user, applications.scheme(r.schemeId())))
                .orElseThrow(() -> DomainProblem.notFound("tdss.certification.problem.applicationNotFound"));
        if (row.personId().equals(user.personId())) {
            throw new AccessDeniedException("nobody decides on their own certification");
        }
        return row;
    }

    private static String choice(String field, String value, boolean required, String... allowed) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw DomainProblem.invalidField(field, "tdss.problem.choice", String.join(", ", allowed));
            }
            return null;
        }
        if (!List.of(allowed).contains(value)) {
            throw DomainProblem.invalidField(field, "tdss.problem.choice", String.join(", ", allowed));
        }
        return value;
    }

    private static String note(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.trim().length() > 2000) {
            throw DomainProblem.invalidField(field, "tdss.problem.tooLong", 2000);
        }
        return value.trim();
    }
}
