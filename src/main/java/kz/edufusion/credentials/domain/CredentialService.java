package kz.edufusion.credentials.domain;

import java.net.URI;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.common.web.DomainProblem.FieldProblem;
import kz.edufusion.credentials.AchievementDefinition;
import kz.edufusion.credentials.Alignment;
import kz.edufusion.credentials.CredentialRequest;
import kz.edufusion.credentials.Credentials;
import kz.edufusion.credentials.IssuedCredential;
import kz.edufusion.credentials.VerificationResult;
import kz.edufusion.identity.AuditLog;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.IdentityDirectory;
import kz.edufusion.identity.PersonView;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link Credentials}: issuing (validated, signed, stored with its status entry), revoking, reading, verifying. */
@Service
class CredentialService implements Credentials {

    static final Set<String> ACHIEVEMENT_TYPES = Set.of("Achievement", "ApprenticeshipCertificate", "Assessment", "Assignment",
            "AssociateDegree", "Award", "Badge", "BachelorDegree", "Certificate", "CertificateOfCompletion", "Certification",
            "CommunityService", "Competency", "Course", "CoCurricular", "Degree", "Diploma", "DoctoralDegree", "Fieldwork",
            "GeneralEducationDevelopment", "JourneymanCertificate", "LearningProgram", "License", "Membership",
            "ProfessionalDoctorate", "QualityAssuranceCredential", "MasterCertificate", "MasterDegree", "MicroCredential",
            "ResearchDoctorate", "SecondarySchoolDiploma");

    private final CredentialStore store;
    private final StatusLists statusLists;
    private final SigningKeys keys;
    private final IssuerProfile issuer;
    private final IdentityDirectory identity;
    private final AuditLog audit;
    private final CredentialVerifier verifier;
    private final SecureRandom random = new SecureRandom();

    CredentialService(CredentialStore store, StatusLists statusLists, SigningKeys keys, IssuerProfile issuer,
            IdentityDirectory identity, AuditLog audit, CredentialVerifier verifier) {
        this.store = store;
        this.statusLists = statusLists;
        this.keys = keys;
        this.issuer = issuer;
        this.identity = identity;
        this.audit = audit;
        this.verifier = verifier;
    }

    @Override
    @Transactional
    public IssuedCredential issue(CredentialRequest request) {
        Instant now = Instant.now();
        validate(request, now);
        Optional<CredentialStore.Row> existing = store.findBySource(request.sourceModule().strip(), request.sourceReference().strip());
        if (existing.isPresent()) {
            return view(existing.get());
        }
        PersonView holder = identity.person(request.holderPersonId())
                .orElseThrow(() -> DomainProblem.invalidField("holderPersonId", "credentials.problem.unknownHolder"));
        AchievementDefinition achievement = trimmed(request.achievement());
        UUID achievementId = store.saveAchievement(achievement);
        UUID id = UUID.randomUUID();
        Instant validFrom = (request.validFrom() == null ? now : request.validFrom()).truncatedTo(ChronoUnit.SECONDS);
        Instant validUntil = request.validUntil() == null ? null : request.validUntil().truncatedTo(ChronoUnit.SECONDS);
        StatusLists.Entry status = statusLists.allocate();
        String salt = HexFormat.of().formatHex(randomBytes(8));
        Map<String, Object> payload = OpenBadgePayload.credential(issuer, id, achievementId, achievement,
                new OpenBadgePayload.Subject(holder.id(), request.holderName().strip(), holder.email()), validFrom, validUntil,
                status, salt);
        SigningKeys.Signed signed = keys.sign(Jwts.json(payload));
        CredentialStore.Row row = new CredentialStore.Row(id, holder.id(), request.holderName().strip(), achievement.key(),
                validFrom, validUntil, now, request.sourceModule().strip(), request.sourceReference().strip(), signed.kid(),
                signed.jwt(), status.listId(), status.index(), null, null, false);
        store.insert(row, achievementId, achievement.name());
        audit.record("credentials.issued", "credential", id, achievement.key() + " for " + holder.email()
                + " (" + row.sourceModule() + " " + row.sourceReference() + ")");
        return view(row);
    }

    @Override
    @Transactional
    public IssuedCredential revoke(UUID credentialId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw DomainProblem.invalidField("reason", "credentials.problem.reasonRequired");
        }
        if (reason.strip().length() > 1000) {
            throw DomainProblem.invalidField("reason", "credentials.problem.reasonTooLong");
        }
        CredentialStore.Row row = store.findForUpdate(credentialId)
                .orElseThrow(() -> DomainProblem.notFound("credentials.problem.notFound"));
        if (row.revokedAt() != null) {
            throw DomainProblem.conflict("credentials.problem.alreadyRevoked");
        }
        statusLists.setRevoked(new StatusLists.Entry(row.statusListId(), row.statusIndex()));
        store.revoke(credentialId, reason.strip(), currentPerson());
        audit.record("credentials.revoked", "credential", credentialId, reason.strip());
        return store.find(credentialId).map(this::view).orElseThrow();
    }

    @Override
    public Optional<IssuedCredential> find(UUID credentialId) {
        return store.find(credentialId).map(this::view);
    }

    @Override
    public Optional<IssuedCredential> findBySource(String sourceModule, String sourceReference) {
        return store.findBySource(sourceModule, sourceReference).map(this::view);
    }

    @Override
    public List<IssuedCredential> ofHolder(UUID holderPersonId) {
        return store.ofHolder(holderPersonId).stream().map(this::view).toList();
    }

    @Override
    public VerificationResult verify(String jwt) {
        return verifier.verify(jwt);
    }

    /** The administrator's list: newest first, filtered by holder, title or id. */
    public List<IssuedCredential> search(String text, int limit) {
        return store.search(text, limit).stream().map(this::view).toList();
    }

    IssuedCredential view(CredentialStore.Row row) {
        Map<String, Object> payload = Jwts.storedPayload(row.jwt());
        @SuppressWarnings("unchecked")
        Map<String, Object> achievement = (Map<String, Object>) ((Map<String, Object>) payload.get("credentialSubject")).get("achievement");
        @SuppressWarnings("unchecked")
        Map<String, Object> criteria = (Map<String, Object>) achievement.get("criteria");
        List<Alignment> alignments = new ArrayList<>();
        if (achievement.get("alignment") instanceof List<?> list) {
            for (Object item : list) {
                Map<?, ?> a = (Map<?, ?>) item;
                alignments.add(new Alignment((String) a.get("targetName"), (String) a.get("targetUrl"),
                        (String) a.get("targetFramework"), (String) a.get("targetCode")));
            }
        }
        return new IssuedCredential(row.id(), row.holderPersonId(), row.holderName(), row.achievementKey(),
                (String) achievement.get("achievementType"), (String) payload.get("name"), (String) payload.get("description"),
                (String) criteria.get("narrative"), alignments, row.validFrom(), row.validUntil(), row.issuedAt(),
                row.sourceModule(), row.sourceReference(), row.kid(), row.jwt(), row.revokedAt(), row.revokedReason(),
                row.hidden(), issuer.verificationUrl(row.id()));
    }

    private void validate(CredentialRequest r, Instant now) {
        List<FieldProblem> problems = new ArrayList<>();
        if (r.holderPersonId() == null) {
            problems.add(new FieldProblem("holderPersonId", "credentials.problem.required"));
        }
        text(problems, "holderName", r.holderName(), 300);
        text(problems, "sourceModule", r.sourceModule(), 100);
        text(problems, "sourceReference", r.sourceReference(), 200);
        AchievementDefinition a = r.achievement();
        if (a == null) {
            problems.add(new FieldProblem("achievement", "credentials.problem.required"));
        } else {
            text(problems, "achievement.key", a.key(), 200);
            text(problems, "achievement.name", a.name(), 300);
            text(problems, "achievement.description", a.description(), 4000);
            text(problems, "achievement.criteriaNarrative", a.criteriaNarrative(), 4000);
            if (a.achievementType() == null || !(ACHIEVEMENT_TYPES.contains(a.achievementType().strip())
                    || a.achievementType().strip().matches("ext:[A-Za-z0-9._-]+"))) {
                problems.add(new FieldProblem("achievement.achievementType", "credentials.problem.achievementType"));
            }
            for (int i = 0; i < a.alignments().size(); i++) {
                Alignment alignment = a.alignments().get(i);
                text(problems, "achievement.alignments[" + i + "].targetName", alignment.targetName(), 300);
                if (!absoluteUri(alignment.targetUrl())) {
                    problems.add(new FieldProblem("achievement.alignments[" + i + "].targetUrl", "credentials.problem.targetUrl"));
                }
            }
        }
        if (r.validFrom() != null && r.validUntil() != null && !r.validUntil().isAfter(r.validFrom())) {
            problems.add(new FieldProblem("validUntil", "credentials.problem.untilBeforeFrom"));
        } else if (r.validUntil() != null && !r.validUntil().isAfter(now)) {
            problems.add(new FieldProblem("validUntil", "credentials.problem.untilInPast"));
        }
        if (!problems.isEmpty()) {
            throw new RequestRejected(problems);
        }
    }

    private static void text(List<FieldProblem> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "credentials.problem.required"));
        } else if (value.strip().length() > max) {
            problems.add(new FieldProblem(field, "credentials.problem.tooLong"));
        }
    }

    private static boolean absoluteUri(String value) {
        if (value == null || value.isBlank() || value.length() > 1000) {
            return false;
        }
        try {
            URI uri = new URI(value.strip());
            String scheme = uri.getScheme();
            return scheme != null && (scheme.equals("https") || scheme.equals("http") && uri.getHost() != null || scheme.equals("urn"));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    private static AchievementDefinition trimmed(AchievementDefinition a) {
        return new AchievementDefinition(a.key().strip(), a.achievementType().strip(), a.name().strip(), a.description().strip(),
                a.criteriaNarrative().strip(), a.alignments().stream().map(x -> new Alignment(x.targetName().strip(),
                        x.targetUrl().strip(), x.targetFramework(), x.targetCode())).toList());
    }

    private byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private static UUID currentPerson() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof CurrentUser user ? user.personId() : null;
    }

    /** A request that breaks several rules at once, each blamed on its field. */
    static final class RequestRejected extends DomainProblem {

        RequestRejected(List<FieldProblem> problems) {
            super("credentials.problem.requestRejected", problems);
        }
    }
}
