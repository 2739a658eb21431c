package kz.edufusion.credentials;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A printable certificate for an issued credential: the issuing module's own title and lines (already in the
 * reader's language), the holder, the dates, and a QR code linking to the public verification page, so a paper copy
 * leads back to the signed credential. Unknown ids are a 404 {@link kz.edufusion.common.web.DomainProblem}.
 */
public interface CredentialCertificates {

    byte[] pdf(UUID credentialId, Certificate certificate, Locale locale);

    /** What the certificate says above the holder's name and below it. */
    record Certificate(String title, List<String> lines) {

        public Certificate {
            lines = lines == null ? List.of() : List.copyOf(lines);
        }
    }
}
