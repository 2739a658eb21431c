package kz.edufusion.alignment.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import kz.edufusion.common.Languages;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.AuditLog;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.Role;
import kz.edufusion.labormarket.SurveyQuarter;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quarterly labor-market analysis: analysts and administrators generate a draft for an ended quarter (and may
 * regenerate it as data is corrected), then publish it, which renders the PDFs in kk, ru and en from the draft's
 * snapshot and freezes both; the scheduled job generates and publishes the previous quarter in one go when nobody
 * did. Administrators, analysts, QA reviewers and coordinators read every report; drafts too, marked as such.
 * See docs/decisions/0009-quarterly-report.md.
 */
@Service
class QuarterlyReports {

    static final String SCHEDULE = "SCHEDULE";
    static final String ANALYST = "ANALYST";

    private final ReportStore store;
    private final ReportBuilder builder;
    private final ReportDocuments documents;
    private final ObjectMapper json;
    private final AuditLog audit;
    private final Clock clock;

    QuarterlyReports(ReportStore store, ReportBuilder builder, ReportDocuments documents, ObjectMapper json, AuditLog audit,
            ObjectProvider<Clock> clock) {
        this.store = store;
        this.builder = builder;
        this.documents = documents;
        this.json = json;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    static boolean mayRead(CurrentUser user) {
        return mayWrite(user) || user.has(Role.QA_REVIEWER) || user.has(Role.UNIVERSITY_COORDINATOR);
    }

    static boolean mayWrite(CurrentUser user) {
        return user.isAdmin() || user.has(Role.MINISTRY_ANALYST);
    }

    @Transactional(readOnly = true)
    public List<ReportSummary> list(CurrentUser user) {
        read(user);
        return store.list();
    }

    @Transactional(readOnly = true)
    public ReportView view(CurrentUser user, String quarterText) {
        read(user);
        String quarter = ReportQuarter.parse(quarterText).toString();
        ReportSummary summary = store.summary(quarter).orElseThrow(() -> DomainProblem.notFound("alignment.report.notFound", quarter));
        return new ReportView(summary, snapshot(store.snapshot(quarter).orElseThrow()));
    }

    /** The stored PDF of a published report; 404 for no report, 409 for a draft (drafts have no PDF yet). */
    @Transactional(readOnly = true)
    public byte[] pdf(CurrentUser user, String quarterText, String language) {
        read(user);
        if (!Languages.isSupported(language)) {
            throw DomainProblem.invalidField("language", "alignment.report.lang.invalid");
        }
        String quarter = ReportQuarter.parse(quarterText).toString();
        ReportSummary summary = store.summary(quarter).orElseThrow(() -> DomainProblem.notFound("alignment.report.notFound", quarter));
        if (!summary.published()) {
            throw DomainProblem.conflict("alignment.report.pdf.draft", quarter);
        }
        return store.pdf(quarter, language).orElseThrow();
    }

    /** Generates (or regenerates) the draft of an ended quarter; 409 once the quarter is published. */
    @Transactional
    public ReportSummary generate(CurrentUser user, String quarterText) {
        write(user);
        SurveyQuarter quarter = ReportQuarter.ended(quarterText, clock.instant());
        if (!draft(quarter, ANALYST, user.personId())) {
            throw DomainProblem.conflict("alignment.report.published", quarter.toString());
        }
        audit.record("alignment.report.generated", "quarterly-report", quarter.toString(), ANALYST);
        return store.summary(quarter.toString()).orElseThrow();
    }

    /** Publishes the quarter's draft with its PDFs; 404 without a draft, 409 when already published. */
    @Transactional
    public ReportSummary publish(CurrentUser user, String quarterText) {
        write(user);
        String quarter = ReportQuarter.parse(quarterText).toString();
        store.lock(quarter);
        ReportSummary summary = store.summary(quarter).orElseThrow(() -> DomainProblem.notFound("alignment.report.notFound", quarter));
        if (summary.published() || !publishDraft(quarter, user.personId())) {
            throw DomainProblem.conflict("alignment.report.published", quarter);
        }
        audit.record("alignment.report.published", "quarterly-report", quarter, ANALYST);
        return store.summary(quarter).orElseThrow();
    }

    /**
     * The job's step: generates and publishes the quarter unless it is published already. Idempotent and safe on
     * two nodes at once: the second one's draft insert waits for the first's commit, then finds the quarter
     * published and writes nothing. True when this call published it.
     */
    @Transactional
    public boolean publishScheduled(SurveyQuarter quarter) {
        if (store.summary(quarter.toString()).map(ReportSummary::published).orElse(false)) {
            return false;
        }
        if (!draft(quarter, SCHEDULE, null) || !publishDraft(quarter.toString(), null)) {
            return false;
        }
        audit.record("alignment.report.published", "quarterly-report", quarter.toString(), SCHEDULE);
        return true;
    }

    private boolean draft(SurveyQuarter quarter, String trigger, UUID by) {
        ReportSnapshot previous = store.previousPublishedSnapshot(quarter.toString()).map(this::snapshot).orElse(null);
        ReportSnapshot snapshot = builder.build(quarter, previous);
        return store.saveDraft(quarter.toString(), text(snapshot), trigger, snapshot.generatedAt(), by);
    }

    private boolean publishDraft(String quarter, UUID by) {
        byte[][] pdfs = documents.pdfs(snapshot(store.snapshot(quarter).orElseThrow()));
        return store.publish(quarter, pdfs[0], pdfs[1], pdfs[2], clock.instant(), by);
    }

    private ReportSnapshot snapshot(String text) {
        try {
            return json.readValue(text, ReportSnapshot.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable report snapshot", e);
        }
    }

    private String text(ReportSnapshot snapshot) {
        try {
            return json.writeValueAsString(snapshot);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void read(CurrentUser user) {
        if (!mayRead(user)) {
            throw new AccessDeniedException("quarterly reports are for analysts, administrators, QA reviewers and coordinators");
        }
    }

    private static void write(CurrentUser user) {
        if (!mayWrite(user)) {
            throw new AccessDeniedException("only analysts and administrators generate and publish quarterly reports");
        }
    }
}
