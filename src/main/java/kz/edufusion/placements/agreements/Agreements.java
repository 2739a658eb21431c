package kz.edufusion.placements.agreements;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.common.web.DomainProblem.FieldProblem;
import kz.edufusion.common.web.PlatformTime;
import kz.edufusion.identity.AuditLog;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.IdentityDirectory;
import kz.edufusion.identity.PersonView;
import kz.edufusion.placements.PlacementParty;
import kz.edufusion.placements.PlacementStatus;
import kz.edufusion.placements.domain.PlacementInputRejected;
import kz.edufusion.placements.domain.PlacementLifecycle;
import kz.edufusion.placements.domain.PlacementParticipation;
import kz.edufusion.placements.domain.PlacementPeople;
import kz.edufusion.placements.domain.PlacementRegistry;
import kz.edufusion.placements.domain.PlacementView;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tripartite agreement of a placement. Every action starts with {@link PlacementRegistry#participation} (404 for
 * anyone who takes no part), then checks the party it needs (403 otherwise): the university's coordinators and the
 * company's representatives prepare, edit, send, amend and terminate; the student, a coordinator and a representative
 * each sign for their party; tutors and mentors read. Each change locks the agreement's row first, so two concurrent
 * actions on one agreement queue up and the second one finds the first one's result.
 */
@Service
public class Agreements {

    private final AgreementStore store;
    private final AgreementDocuments documents;
    private final PlacementRegistry placements;
    private final PlacementLifecycle lifecycle;
    private final IdentityDirectory directory;
    private final AuditLog audit;
    private final MessageSource messages;

    Agreements(AgreementStore store, AgreementDocuments documents, PlacementRegistry placements, PlacementLifecycle lifecycle,
            IdentityDirectory directory, AuditLog audit, MessageSource messages) {
        this.store = store;
        this.documents = documents;
        this.placements = placements;
        this.lifecycle = lifecycle;
        this.directory = directory;
        this.audit = audit;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    public AgreementPage page(CurrentUser user, UUID placementId) {
        PlacementParticipation part = placements.participation(user, placementId);
        Optional<AgreementView> agreement = store.find(placementId);
        boolean preparer = part.isAny(PlacementParty.UNIVERSITY, PlacementParty.COMPANY);
        boolean live = agreement.map(a -> !a.status().ended()).orElse(false);
        Optional<AgreementVersion> open = agreement.flatMap(AgreementView::open);
        boolean draft = open.map(v -> v.status() == VersionStatus.DRAFT).orElse(false);
        boolean amendable = live && open.map(v -> v.status() == VersionStatus.SENT).orElse(agreement.flatMap(AgreementView::inForce).isPresent());
        List<PlacementParty> signAs = open.filter(v -> v.status() == VersionStatus.SENT).map(v -> AgreementVersion.SIGNING.stream()
                .filter(part::is).filter(party -> v.signature(party).isEmpty()).toList()).orElse(List.of());
        boolean preparable = agreement.isEmpty() && part.placement().status() == PlacementStatus.AGREEMENT
                && part.placement().companyId() != null;
        return new AgreementPage(part.placement(), part.parties(), agreement, preparer && preparable, preparer && live && draft,
                preparer && amendable, preparer && live, live ? signAs : List.of());
    }

    @Transactional(readOnly = true)
    public AgreementView view(CurrentUser user, UUID placementId) {
        placements.participation(user, placementId);
        return store.find(placementId).orElseThrow(Agreements::notPrepared);
    }

    /** Version 1 as a draft, filled from the placement's terms and named tutor and mentor. */
    @Transactional
    public AgreementView prepare(CurrentUser user, UUID placementId, String language) {
        PlacementView p = preparer(user, placementId);
        if (language == null || !AgreementRules.LANGUAGES.contains(language)) {
            throw DomainProblem.invalidField("language", "placements.agreements.validation.language");
        }
        if (p.status() != PlacementStatus.AGREEMENT) {
            throw DomainProblem.conflict("placements.problem.placementStatus", p.status().name());
        }
        if (p.companyId() == null) {
            throw DomainProblem.conflict("placements.agreements.problem.companyNotOnPlatform");
        }
        if (!store.insert(placementId, user.personId())) {
            throw DomainProblem.conflict("placements.agreements.problem.alreadyPrepared");
        }
        PlacementPeople people = placements.people(p);
        AgreementTerms terms = new AgreementTerms(language, p.startsOn(), p.endsOn(), p.hoursPerWeek(), p.stipendKzt(),
                List.of(), people.tutor().map(PersonView::fullName).orElse(null),
                people.mentor().map(PersonView::fullName).orElse(null), IpOwner.COMPANY, null);
        store.insertVersion(placementId, 1, terms, user.personId());
        audit.record("placements.agreement.prepared", "placement", placementId, "version 1 in " + language);
        return store.find(placementId).orElseThrow();
    }

    @Transactional
    public AgreementView saveDraft(CurrentUser user, UUID placementId, AgreementTerms terms) {
        edit(user, placementId, terms, false);
        return store.find(placementId).orElseThrow();
    }

    /** Saves the draft and sends it in one transaction: checked as for sending first, so a refusal writes nothing. */
    @Transactional
    public AgreementView saveAndSend(CurrentUser user, UUID placementId, AgreementTerms terms) {
        edit(user, placementId, terms, true);
        return send(user, placementId);
    }

    private void edit(CurrentUser user, UUID placementId, AgreementTerms terms, boolean sending) {
        preparer(user, placementId);
        AgreementVersion draft = openVersion(placementId, VersionStatus.DRAFT, "placements.agreements.problem.notEditable");
        checked(placementId, terms, draft.version(), sending);
        if (!store.updateDraft(placementId, draft.version(), tidy(terms))) {
            throw DomainProblem.conflict("placements.agreements.problem.notEditable");
        }
        audit.record("placements.agreement.edited", "placement", placementId, "version " + draft.version());
    }

    /** Freezes the draft: prints it in its language, stores the bytes and their SHA-256; the parties may sign. */
    @Transactional
    public AgreementView send(CurrentUser user, UUID placementId) {
        PlacementView p = preparer(user, placementId);
        AgreementVersion draft = openVersion(placementId, VersionStatus.DRAFT, "placements.agreements.problem.notEditable");
        AgreementTerms terms = draft.terms();
        checked(placementId, terms, draft.version(), true);
        PlacementPeople people = placements.people(p);
        Locale language = Locale.forLanguageTag(terms.language());
        AgreementDocuments.Parties parties = new AgreementDocuments.Parties(people.universityName().in(language),
                people.companyName().map(n -> n.in(language)).orElse(p.companyName()),
                people.student().map(PersonView::fullName).orElse(p.studentName()));
        byte[] pdf = documents.document(p, draft.version(), terms, parties, LocalDate.now(PlatformTime.ZONE));
        String sha256 = AgreementDocuments.sha256(pdf);
        if (!store.freeze(placementId, draft.version(), parties.university(), parties.company(), parties.student(), pdf, sha256,
                user.personId())) {
            throw DomainProblem.conflict("placements.agreements.problem.notEditable");
        }
        store.move(placementId, AgreementStatus.DRAFT, AgreementStatus.SENT);
        audit.record("placements.agreement.sent", "placement", placementId, "version " + draft.version() + " sha256 " + sha256);
        return store.find(placementId).orElseThrow();
    }

    /**
     * One party's signature of the version sent. When it is the third, the version comes into force: the one before it
     * is superseded, the placement takes its terms, and the first time the placement becomes ACTIVE.
     */
    @Transactional
    public AgreementView sign(CurrentUser user, UUID placementId, Signing signing) {
        PlacementParticipation part = placements.participation(user, placementId);
        PlacementParty party = signingParty(part, signing.party());
        List<FieldProblem> problems = new ArrayList<>();
        String account = directory.person(user.personId()).map(PersonView::fullName).orElse(null);
        if (AgreementRules.blank(signing.fullName())) {
            problems.add(new FieldProblem("fullName", "placements.agreements.validation.fullNameRequired"));
        } else if (!AgreementRules.sameName(signing.fullName(), account)) {
            problems.add(new FieldProblem("fullName", "placements.agreements.validation.nameMismatch"));
        }
        if (!signing.consent()) {
            problems.add(new FieldProblem("consent", "placements.agreements.validation.consent"));
        }
        if (!problems.isEmpty()) {
            throw new PlacementInputRejected(problems);
        }
        AgreementVersion sent = openVersion(placementId, VersionStatus.SENT, "placements.agreements.problem.nothingToSign");
        if (sent.signature(party).isPresent()) {
            throw DomainProblem.conflict("placements.agreements.problem.alreadySigned");
        }
        String consent = consentText(party, sent, LocaleContextHolder.getLocale());
        AgreementSignature signature = new AgreementSignature(party, user.personId(), signing.fullName().strip(), consent,
                sent.documentSha256(), signing.ipAddress() == null ? "unknown" : signing.ipAddress(), signing.userAgent(), null);
        if (!store.insertSignature(placementId, sent.version(), signature)) {
            throw DomainProblem.conflict("placements.agreements.problem.alreadySigned");
        }
        audit.record("placements.agreement.signed", "placement", placementId, "version " + sent.version() + " as " + party
                + " sha256 " + sent.documentSha256() + " from " + signature.ipAddress());
        if (store.signatures(placementId, sent.version()) == AgreementVersion.SIGNING.size()) {
            inForce(part.placement(), sent);
        }
        return store.find(placementId).orElseThrow();
    }

    /** The text the signer agrees to, in the language they sign in (stored with the signature). */
    public String consentText(PlacementParty party, AgreementVersion version, Locale locale) {
        String partyName = messages.getMessage("placements.party." + party, null, locale);
        return messages.getMessage("placements.agreements.sign.consentText",
                new Object[] {partyName, version.version(), version.documentSha256()}, locale);
    }

    /**
     * A change after sending: a new version copied from the latest, with its reason. A sent version not yet signed by
     * all three is withdrawn; a signed one stays in force until the amendment is signed by all three.
     */
    @Transactional
    public AgreementView amend(CurrentUser user, UUID placementId, String reason) {
        preparer(user, placementId);
        throwIfAny(AgreementRules.reasonProblems("amendmentReason", reason));
        AgreementStatus status = live(placementId);
        AgreementView agreement = store.find(placementId).orElseThrow();
        AgreementVersion latest = agreement.latest();
        if (latest.status() == VersionStatus.DRAFT) {
            throw DomainProblem.conflict("placements.agreements.problem.draftOpen");
        }
        if (latest.status() == VersionStatus.SENT) {
            store.moveVersion(placementId, latest.version(), VersionStatus.SENT, VersionStatus.WITHDRAWN);
            if (status == AgreementStatus.SENT) {
                store.move(placementId, AgreementStatus.SENT, AgreementStatus.DRAFT);
            }
        } else if (latest.status() != VersionStatus.SIGNED) {
            throw DomainProblem.conflict("placements.agreements.problem.notAmendable");
        }
        AgreementTerms base = latest.terms();
        int next = agreement.versions().stream().mapToInt(AgreementVersion::version).max().orElse(0) + 1;
        store.insertVersion(placementId, next, new AgreementTerms(base.language(), base.startsOn(), base.endsOn(),
                base.hoursPerWeek(), base.stipendKzt(), base.tasks(), base.tutorName(), base.mentorName(), base.ipOwner(),
                reason.strip()), user.personId());
        audit.record("placements.agreement.amendment", "placement", placementId, "version " + next + ": " + reason.strip());
        return store.find(placementId).orElseThrow();
    }

    /** Ends the agreement early with a reason shown to every party; the placement is terminated with it. */
    @Transactional
    public AgreementView terminate(CurrentUser user, UUID placementId, String reason) {
        preparer(user, placementId);
        throwIfAny(AgreementRules.reasonProblems("reason", reason));
        live(placementId);
        store.withdrawOpen(placementId);
        store.end(placementId, AgreementStatus.TERMINATED, reason.strip(), user.personId());
        lifecycle.terminate(placementId, reason.strip());
        audit.record("placements.agreement.terminated", "placement", placementId, reason.strip());
        return store.find(placementId).orElseThrow();
    }

    /** The PDF of a sent version: exactly the bytes signed, or with the signature page after them. */
    @Transactional(readOnly = true)
    public AgreementPdf pdf(CurrentUser user, UUID placementId, int version, boolean signedCopy) {
        PlacementView p = placements.participation(user, placementId).placement();
        AgreementVersion v = store.find(placementId).flatMap(a -> a.version(version)).orElseThrow(Agreements::notPrepared);
        byte[] document = store.document(placementId, version).orElseThrow(Agreements::notPrepared);
        boolean signed = signedCopy && !v.signatures().isEmpty();
        return new AgreementPdf(AgreementDocuments.fileName(p, version, signed),
                signed ? documents.signedCopy(p, v, document) : document, v.documentSha256());
    }

    private void inForce(PlacementView p, AgreementVersion signed) {
        if (!store.moveVersion(p.id(), signed.version(), VersionStatus.SENT, VersionStatus.SIGNED)) {
            throw DomainProblem.conflict("placements.agreements.problem.nothingToSign");
        }
        AgreementView agreement = store.find(p.id()).orElseThrow();
        agreement.versions().stream().filter(v -> v.status() == VersionStatus.SIGNED && v.version() != signed.version())
                .forEach(v -> store.moveVersion(p.id(), v.version(), VersionStatus.SIGNED, VersionStatus.SUPERSEDED));
        AgreementTerms t = signed.terms();
        boolean newTerms = !t.startsOn().equals(p.startsOn()) || !t.endsOn().equals(p.endsOn())
                || t.hoursPerWeek() != p.hoursPerWeek() || !java.util.Objects.equals(t.stipendKzt(), p.stipendKzt());
        if (newTerms) {
            placements.amendTerms(p.id(), t.startsOn(), t.endsOn(), t.hoursPerWeek(), t.stipendKzt());
        }
        if (store.move(p.id(), AgreementStatus.SENT, AgreementStatus.ACTIVE)) {
            lifecycle.activate(p.id());
        }
        audit.record("placements.agreement.inForce", "placement", p.id(), "version " + signed.version());
    }

    /** The placement, when the user is a preparing party (the university's coordinator or the company's representative). */
    private PlacementView preparer(CurrentUser user, UUID placementId) {
        PlacementParticipation part = placements.participation(user, placementId);
        if (!part.isAny(PlacementParty.UNIVERSITY, PlacementParty.COMPANY)) {
            throw forbidden("placements.agreements.problem.notPreparer");
        }
        return part.placement();
    }

    private static PlacementParty signingParty(PlacementParticipation part, PlacementParty asked) {
        List<PlacementParty> mine = AgreementVersion.SIGNING.stream().filter(part::is).toList();
        if (asked != null) {
            if (!mine.contains(asked)) {
                throw forbidden("placements.agreements.problem.cannotSign");
            }
            return asked;
        }
        if (mine.isEmpty()) {
            throw forbidden("placements.agreements.problem.cannotSign");
        }
        if (mine.size() > 1) {
            throw DomainProblem.invalidField("party", "placements.agreements.validation.party");
        }
        return mine.get(0);
    }

    /** Locks the agreement; refuses when there is none or it has ended. */
    private AgreementStatus live(UUID placementId) {
        AgreementStatus status = store.lock(placementId).orElseThrow(Agreements::notPrepared);
        if (status.ended()) {
            throw DomainProblem.conflict("placements.agreements.problem.ended", status.name());
        }
        return status;
    }

    /** Locks the agreement and returns its open version when it is in the expected state. */
    private AgreementVersion openVersion(UUID placementId, VersionStatus expected, String refusal) {
        live(placementId);
        return store.find(placementId).flatMap(AgreementView::open).filter(v -> v.status() == expected)
                .orElseThrow(() -> DomainProblem.conflict(refusal));
    }

    /** The version's own rules and the placement's together, so one round trip shows every mistake. */
    private void checked(UUID placementId, AgreementTerms terms, int version, boolean sending) {
        List<FieldProblem> problems = new ArrayList<>(AgreementRules.problems(terms, version, sending));
        try {
            placements.checkTerms(placementId, terms.startsOn(), terms.endsOn(), terms.hoursPerWeek(), terms.stipendKzt());
        } catch (PlacementInputRejected rejected) {
            problems.addAll(rejected.fieldProblems());
        }
        throwIfAny(problems);
    }

    private static AgreementTerms tidy(AgreementTerms t) {
        return new AgreementTerms(t.language(), t.startsOn(), t.endsOn(), t.hoursPerWeek(), t.stipendKzt(), t.tasks(),
                AgreementRules.clean(t.tutorName()), AgreementRules.clean(t.mentorName()), t.ipOwner(),
                AgreementRules.clean(t.amendmentReason()));
    }

    private static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new PlacementInputRejected(problems);
        }
    }

    private static DomainProblem notPrepared() {
        return DomainProblem.notFound("placements.agreements.problem.notPrepared");
    }

    private static DomainProblem forbidden(String key) {
        return new DomainProblem(HttpStatus.FORBIDDEN, "forbidden", key);
    }
}
