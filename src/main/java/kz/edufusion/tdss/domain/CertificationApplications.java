package kz.edufusion.tdss.domain;

import java.util.List;
import java.util.UUID;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.AuditLog;
import kz.edufusion.identity.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The educator's side of certification: their progress against a scheme's training requirements (confirmed hours and
 * programs of the {@link TrainingLedger}), an application with portfolio evidence, and submitting it once the hours
 * and programs are there (409 otherwise, naming what is missing). An application is seen only by its educator and,
 * once submitted, by the certification bodies that run its scheme; to anyone else it does not exist (404).
 */
@Service
public class CertificationApplications {

    private final CertificationStore store;
    private final CertificationSchemes schemes;
    private final CertificationBodies bodies;
    private final TrainingLedger ledger;
    private final EvidenceFiles evidenceFiles;
    private final CertificationCredentials credentials;
    private final RequirementNames names;
    private final AuditLog audit;

    CertificationApplications(CertificationStore store, CertificationSchemes schemes, CertificationBodies bodies,
            TrainingLedger ledger, EvidenceFiles evidenceFiles, CertificationCredentials credentials, RequirementNames names,
            AuditLog audit) {
        this.credentials = credentials;
        this.names = names;
        this.store = store;
        this.schemes = schemes;
        this.bodies = bodies;
        this.ledger = ledger;
        this.evidenceFiles = evidenceFiles;
        this.audit = audit;
    }

    /** The educator's progress against a scheme as of now. */
    @Transactional(readOnly = true)
    public RequirementProgress progress(CurrentUser user, UUID schemeId) {
        TdssRoles.educatorOrganization(user);
        return RequirementProgress.of(scheme(schemeId), ledger.of(user.personId()));
    }

    @Transactional(readOnly = true)
    public RequirementProgress progress(CurrentUser user, SchemeView scheme) {
        TdssRoles.educatorOrganization(user);
        return RequirementProgress.of(scheme, ledger.of(user.personId()));
    }

    @Transactional(readOnly = true)
    public List<CertificationSummary> mine(CurrentUser user) {
        TdssRoles.educatorOrganization(user);
        return store.summaries("a.person_id = ?", user.personId());
    }

    /** Opens an application for an active scheme, or answers the one already open for it. */
    @Transactional
    public CertificationView apply(CurrentUser user, UUID schemeId) {
        UUID organization = TdssRoles.educatorOrganization(user);
        SchemeView scheme = schemes.find(schemeId).filter(SchemeView::active)
                .orElseThrow(() -> DomainProblem.invalidField("schemeId", "tdss.certification.problem.schemeNotFound"));
        UUID id = store.open(user.personId(), scheme.id()).orElse(null);
        if (id == null) {
            id = store.insert(scheme.id(), user.personId(), organization);
            if (id == null) {
                // a parallel request opened it first: answer that one
                id = store.open(user.personId(), scheme.id()).orElseThrow();
            } else {
                store.event(id, "APPLIED", user.personId(), null);
                audit.record("tdss.certification.applied", "certification_application", id, scheme.code());
            }
        }
        return view(store.find(id).orElseThrow());
    }

    @Transactional(readOnly = true)
    public CertificationView get(CurrentUser user, UUID id) {
        return view(visible(user, id));
    }

    @Transactional
    public CertificationView addEvidence(CurrentUser user, UUID id, String fileName, byte[] bytes) {
        CertificationStore.Row row = ownDraft(user, id);
        EvidenceFile file = evidenceFiles.check("file", fileName, bytes);
        if (store.evidenceCount(id) >= MAX_FILES) {
            throw DomainProblem.invalidField("file", "tdss.certification.problem.tooManyFiles", MAX_FILES);
        }
        store.addEvidence(id, file);
        store.event(id, "EVIDENCE_ADDED", user.personId(), file.fileName());
        audit.record("tdss.certification.evidenceAdded", "certification_application", id, file.fileName());
        return view(row);
    }

    static final int MAX_FILES = 10;

    /** A portfolio file, to the educator and to the bodies that run the scheme. */
    @Transactional(readOnly = true)
    public EvidenceFile evidence(CurrentUser user, UUID id, UUID evidenceId) {
        visible(user, id);
        return store.evidenceFile(id, evidenceId)
                .orElseThrow(() -> DomainProblem.notFound("tdss.problem.evidenceNotFound"));
    }

    /** Submits a draft to the certification body once the training requirements are met and the portfolio is there. */
    @Transactional
    public CertificationView submit(CurrentUser user, UUID id) {
        CertificationStore.Row row = ownDraft(user, id);
        SchemeView scheme = scheme(row.schemeId());
        RequirementProgress progress = RequirementProgress.of(scheme, ledger.of(row.personId()));
        if (!progress.met()) {
            throw DomainProblem.conflict("tdss.certification.problem.requirementsUnmet", names.of(progress.unmet()));
        }
        if (scheme.portfolioRequired() && store.evidenceCount(id) == 0) {
            throw DomainProblem.invalidField("file", "tdss.certification.problem.portfolioMissing");
        }
        store.submitted(id);
        store.event(id, "SUBMITTED", user.personId(), null);
        audit.record("tdss.certification.submitted", "certification_application", id, scheme.code());
        return view(store.find(id).orElseThrow());
    }

    /** The printable certificate of a certification (also after revocation: its QR code leads to the verdict). */
    @Transactional(readOnly = true)
    public byte[] certificate(CurrentUser user, UUID id, java.util.Locale locale) {
        CertificationView view = view(visible(user, id));
        if (view.credentialId() == null) {
            throw DomainProblem.notFound("tdss.certification.problem.notCertified");
        }
        return credentials.pdf(view, locale);
    }

    /**
     * The application if the user is its educator, or runs its scheme and it is submitted (a draft is the educator's
     * own until then), else 404.
     */
    CertificationStore.Row visible(CurrentUser user, UUID id) {
        return store.find(id).filter(r -> r.personId().equals(user.personId())
                        || !"DRAFT".equals(r.status()) && bodies.runs(user, scheme(r.schemeId())))
                .orElseThrow(() -> DomainProblem.notFound("tdss.certification.problem.applicationNotFound"));
    }

    private CertificationStore.Row ownDraft(CurrentUser user, UUID id) {
        TdssRoles.educatorOrganization(user);
        CertificationStore.Row row = store.lock(id).filter(r -> r.personId().equals(user.personId()))
                .orElseThrow(() -> DomainProblem.notFound("tdss.certification.problem.applicationNotFound"));
        if (!"DRAFT".equals(row.status())) {
            throw DomainProblem.conflict("tdss.certification.problem.notDraft");
        }
        return row;
    }

    SchemeView scheme(UUID schemeId) {
        return schemes.find(schemeId).orElseThrow(() -> DomainProblem.notFound("tdss.certification.problem.schemeNotFound"));
    }

    CertificationView view(CertificationStore.Row r) {
        SchemeView scheme = scheme(r.schemeId());
        return new CertificationView(r.id(), scheme, r.personId(), store.name(r.personId()), r.organizationId(), r.status(),
                r.assessmentScore(), r.observationResult(), r.observationNote(), r.portfolioResult(), r.portfolioNote(),
                r.decisionReasons(), r.decidedAt(), r.validUntil(), r.credentialId(), r.revokedReason(), r.submittedAt(),
                r.createdAt(), RequirementProgress.of(scheme, ledger.of(r.personId())), store.evidence(r.id()),
                store.history(r.id()));
    }
}
