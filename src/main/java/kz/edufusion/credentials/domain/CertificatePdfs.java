package kz.edufusion.credentials.domain;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import kz.edufusion.common.documents.PdfDocuments;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.common.web.PlatformTime;
import kz.edufusion.credentials.CredentialCertificates;
import kz.edufusion.credentials.IssuedCredential;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** {@link CredentialCertificates}: the template {@code credentials/certificate-pdf} printed by {@link PdfDocuments}. */
@Component
class CertificatePdfs implements CredentialCertificates {

    private final CredentialService credentials;
    private final ITemplateEngine templates;
    private final PdfDocuments pdf;
    private final PlatformTime time;
    private final IssuerProfile issuer;

    CertificatePdfs(CredentialService credentials, ITemplateEngine templates, PdfDocuments pdf, PlatformTime time, IssuerProfile issuer) {
        this.credentials = credentials;
        this.templates = templates;
        this.pdf = pdf;
        this.time = time;
        this.issuer = issuer;
    }

    @Override
    public byte[] pdf(UUID credentialId, Certificate certificate, Locale locale) {
        IssuedCredential credential = credentials.find(credentialId)
                .orElseThrow(() -> DomainProblem.notFound("credentials.problem.notFound"));
        Context context = new Context(locale, Map.of("credential", credential, "certificate", certificate,
                "qr", QrCode.of(credential.verificationUrl()), "issuerName", issuer.name(),
                "validFrom", time.format(credential.validFrom()),
                "validUntil", credential.validUntil() == null ? "" : time.format(credential.validUntil())));
        return pdf.render(templates.process("credentials/certificate-pdf", context));
    }
}
