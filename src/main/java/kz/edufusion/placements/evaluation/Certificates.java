package kz.edufusion.placements.evaluation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.common.documents.PdfDocuments;
import kz.edufusion.common.web.PlatformTime;
import kz.edufusion.credentials.AchievementDefinition;
import kz.edufusion.credentials.Alignment;
import kz.edufusion.credentials.CredentialRequest;
import kz.edufusion.credentials.Credentials;
import kz.edufusion.credentials.IssuedCredential;
import kz.edufusion.identity.AuditLog;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.PersonView;
import kz.edufusion.placements.domain.PlacementPeople;
import kz.edufusion.placements.domain.PlacementRegistry;
import kz.edufusion.placements.domain.PlacementView;
import kz.edufusion.programs.AlignmentProgram;
import kz.edufusion.programs.ProgramRegister;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Practice certificates: issued once, when a placement is COMPLETED, with a number (PL-year-sequence) and a public
 * verification code; printed on demand in kk, ru or en with a QR code of {@code <edufusion.public-url>/verify/placements/<code>}.
 * hours = hours per week × the placement's days (first and last included) / 7, rounded half up. With the certificate
 * the student gets an Open Badges 3.0 credential through the {@code credentials} module (same transaction: a
 * rolled-back completion issues neither), which any verifier can check without asking this platform's database.
 */
@Service
public class Certificates {

    private final CertificateStore store;
    private final PlacementRegistry placements;
    private final ProgramRegister programs;
    private final JdbcClient jdbc;
    private final PdfDocuments pdf;
    private final ITemplateEngine templates;
    private final AuditLog audit;
    private final Credentials credentials;
    private final EvaluationCriteria criteria;
    private final MessageSource messages;
    private final String publicUrl;

    Certificates(CertificateStore store, PlacementRegistry placements, ProgramRegister programs, JdbcClient jdbc, PdfDocuments pdf,
            ITemplateEngine templates, AuditLog audit, Credentials credentials, EvaluationCriteria criteria, MessageSource messages,
            @Value("${edufusion.public-url}") String publicUrl) {
        this.store = store;
        this.placements = placements;
        this.programs = programs;
        this.jdbc = jdbc;
        this.pdf = pdf;
        this.templates = templates;
        this.audit = audit;
        this.credentials = credentials;
        this.criteria = criteria;
        this.messages = messages;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    Certificate issue(PlacementView p, BigDecimal score) {
        PlacementPeople people = placements.people(p);
        LocalDate today = LocalDate.now(PlatformTime.ZONE);
        String programCode = jdbc.sql("SELECT program_code FROM placements.student_profile WHERE person_id = ?")
                .param(p.studentId()).query(String.class).optional().orElse(null);
        LocalizedText program = programCode == null ? null : programs.alignmentPrograms().stream()
                .filter(a -> a.universityId().equals(p.universityId()) && a.code().equals(programCode))
                .map(AlignmentProgram::title).findFirst().orElse(LocalizedText.of(programCode, programCode, programCode));
        Certificate certificate = new Certificate(UUID.randomUUID(), p.id(),
                "PL-" + today.getYear() + "-" + String.format("%06d", store.nextNumber()), VerificationCodes.next(),
                people.student().map(PersonView::fullName).orElse(p.studentName()), people.universityName(),
                people.companyName().orElse(LocalizedText.of(p.companyName(), p.companyName(), p.companyName())),
                programCode, program, p.offerType(), p.startsOn(), p.endsOn(), hours(p), score, today, null);
        store.insert(certificate);
        audit.record("placements.certificate.issued", "placement", p.id(), certificate.number());
        credentials.issue(new CredentialRequest(p.studentId(), certificate.holderName(), achievement(p, certificate), null, null,
                CREDENTIAL_SOURCE, p.id().toString()));
        return certificate;
    }

    static final String CREDENTIAL_SOURCE = "placements";

    /**
     * One achievement per kind of practice at one company (its key), in English, the language a foreign verifier
     * reads; the certificate number ties the credential to the printed certificate. Aligned to the ESCO skills the
     * placement was evaluated on.
     */
    private AchievementDefinition achievement(PlacementView p, Certificate certificate) {
        String type = messages.getMessage("placements.type." + p.offerType(), null, Locale.ENGLISH);
        String company = certificate.company().in("en");
        List<Alignment> skills = criteria.of(p).stream().filter(c -> c.kind() == CriterionKind.SKILL)
                .map(c -> new Alignment(c.label().in("en"), c.ref(), "ESCO", null)).toList();
        return new AchievementDefinition("placements." + p.offerType().name().toLowerCase(Locale.ROOT) + "." + p.companyId(), "Certificate",
                type + " at " + company,
                type + " at " + company + ", supervised by a company mentor and an academic tutor of " + certificate.university().in("en")
                        + " (certificate " + certificate.number() + ", " + certificate.hours() + " hours).",
                "Completed the placement under a tripartite agreement, kept the trainee diary approved by the mentor, and was "
                        + "evaluated by the company mentor and the academic tutor at " + certificate.score().toPlainString()
                        + " % on average in the final evaluations, at or above the pass mark.", skills);
    }

    /** The Open Badges credential issued with a placement's certificate. */
    @Transactional(readOnly = true)
    public Optional<IssuedCredential> credential(UUID placementId) {
        return credentials.findBySource(CREDENTIAL_SOURCE, placementId.toString());
    }

    static int hours(PlacementView p) {
        long days = ChronoUnit.DAYS.between(p.startsOn(), p.endsOn()) + 1;
        return (int) Math.max(1, Math.round(p.hoursPerWeek() * days / 7.0));
    }

    @Transactional(readOnly = true)
    public Optional<Certificate> ofPlacement(UUID placementId) {
        return store.ofPlacement(placementId);
    }

    /** The certificate with this public code; an unknown or malformed code finds nothing (the page says 404). */
    @Transactional(readOnly = true)
    public Optional<Certificate> verify(String code) {
        return VerificationCodes.wellFormed(code) ? store.byCode(code) : Optional.empty();
    }

    public String verificationUrl(Certificate certificate) {
        return publicUrl + "/verify/placements/" + certificate.verificationCode();
    }

    /** The PDF of a placement's certificate for any party of the placement (404 for others and before issue). */
    @Transactional(readOnly = true)
    public byte[] pdf(CurrentUser user, UUID placementId, Locale locale) {
        placements.participation(user, placementId);
        Certificate certificate = store.ofPlacement(placementId)
                .orElseThrow(() -> kz.edufusion.common.web.DomainProblem.notFound("placements.evaluation.problem.noCertificate"));
        return pdf(certificate, locale);
    }

    public byte[] pdf(Certificate certificate, Locale locale) {
        String url = verificationUrl(certificate);
        Context context = new Context(locale, Map.of("c", certificate, "verificationUrl", url, "qr", QrCodes.pngDataUri(url),
                "today", LocalDate.now(PlatformTime.ZONE)));
        return pdf.render(templates.process("placements/certificate-pdf", context));
    }
}
