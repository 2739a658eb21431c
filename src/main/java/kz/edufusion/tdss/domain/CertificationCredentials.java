package kz.edufusion.tdss.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import kz.edufusion.common.web.PlatformTime;
import kz.edufusion.credentials.AchievementDefinition;
import kz.edufusion.credentials.Alignment;
import kz.edufusion.credentials.CredentialCertificates;
import kz.edufusion.credentials.CredentialRequest;
import kz.edufusion.credentials.Credentials;
import kz.edufusion.credentials.IssuedCredential;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A certification's verifiable credential, through the {@code credentials} module only: an Open Badges 3.0
 * achievement of type {@code Certification} per scheme (in English, for verifiers abroad), its criteria the
 * scheme's requirements, aligned to the framework competences the scheme targets, valid until the end of the
 * scheme's validity. Issued in the deciding transaction (a rolled-back decision issues nothing) and idempotent per
 * application, the source reference.
 */
@Component
class CertificationCredentials {

    static final String SOURCE = "tdss";

    private final Credentials credentials;
    private final CredentialCertificates certificates;
    private final Frameworks frameworks;
    private final MessageSource messages;
    private final String publicUrl;

    CertificationCredentials(Credentials credentials, CredentialCertificates certificates, Frameworks frameworks,
            MessageSource messages, @Value("${edufusion.public-url}") String publicUrl) {
        this.credentials = credentials;
        this.certificates = certificates;
        this.frameworks = frameworks;
        this.messages = messages;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    IssuedCredential issue(UUID applicationId, UUID holder, String holderName, SchemeView scheme, LocalDate validUntil) {
        Instant until = validUntil.atStartOfDay(PlatformTime.ZONE).toInstant();
        return credentials.issue(new CredentialRequest(holder, holderName, achievement(scheme), Instant.now(), until,
                SOURCE, applicationId.toString()));
    }

    IssuedCredential revoke(UUID credentialId, String reason) {
        return credentials.revoke(credentialId, reason);
    }

    byte[] pdf(CertificationView application, Locale locale) {
        SchemeView scheme = application.scheme();
        List<String> lines = List.of(
                messages.getMessage("tdss.certification.pdf.level",
                        new Object[] {messages.getMessage("tdss.level." + scheme.level(), null, locale)}, locale),
                scheme.description().in(locale),
                messages.getMessage("tdss.certification.pdf.validUntil", new Object[] {application.validUntil()}, locale));
        return certificates.pdf(application.credentialId(), new CredentialCertificates.Certificate(scheme.title().in(locale), lines),
                locale);
    }

    AchievementDefinition achievement(SchemeView scheme) {
        return new AchievementDefinition("tdss.certification." + scheme.code(), "Certification", scheme.title().en(),
                scheme.description().en() + " (" + (scheme.international() ? "international" : "national")
                        + " certification of the EduFusion Teacher Development and Support System, valid "
                        + scheme.validityYears() + " years).",
                criteria(scheme), alignments(scheme));
    }

    /** The requirements in words, as a verifier reads them. */
    static String criteria(SchemeView scheme) {
        List<String> parts = new ArrayList<>();
        if (scheme.minHours() != null) {
            parts.add("completed at least " + scheme.minHours().stripTrailingZeros().toPlainString()
                    + " hours of confirmed training");
        }
        if (scheme.minInternationalHours() != null) {
            parts.add("of which at least " + scheme.minInternationalHours().stripTrailingZeros().toPlainString()
                    + " hours in international programs");
        }
        if (!scheme.requiredPrograms().isEmpty()) {
            parts.add("completed the programs " + String.join(", ", scheme.requiredPrograms()));
        }
        if (scheme.passScore() != null) {
            parts.add("scored at least " + scheme.passScore() + " of 100 in the certification assessment");
        }
        if (scheme.portfolioRequired()) {
            parts.add("had a teaching portfolio accepted");
        }
        if (scheme.observationRequired()) {
            parts.add("passed an observed teaching session");
        }
        String body = parts.isEmpty() ? "met the scheme's requirements" : String.join("; ", parts);
        return "The educator " + body + ", as judged by an accredited certification body.";
    }

    private List<Alignment> alignments(SchemeView scheme) {
        if (scheme.frameworkCode() == null || scheme.competences().isEmpty() || !frameworks.exists(scheme.frameworkCode())) {
            return List.of();
        }
        FrameworkView framework = frameworks.view(scheme.frameworkCode());
        return framework.competences().stream().filter(c -> scheme.competences().contains(c.code()))
                .map(c -> new Alignment(c.title().en(), publicUrl + "/api/v1/tdss/frameworks/" + framework.code() + "#" + c.code(),
                        framework.title().en(), c.code()))
                .toList();
    }
}
