package kz.edufusion.tdss.domain;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import kz.edufusion.common.web.DomainProblem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Evidence of a goal or of an external training: PDF, PNG or JPEG, told from the bytes (never from the name or the
 * browser's claim, as the academy's attachments do), at most {@code edufusion.tdss.evidence-max-bytes} (5 MB).
 */
@Component
public class EvidenceFiles {

    private final long maxBytes;

    EvidenceFiles(@Value("${edufusion.tdss.evidence-max-bytes:5242880}") long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }

    public EvidenceFile check(String field, String fileName, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw DomainProblem.invalidField(field, "tdss.problem.evidenceMissing");
        }
        if (bytes.length > maxBytes) {
            throw DomainProblem.invalidField(field, "tdss.problem.evidenceTooLarge", maxBytes / (1024 * 1024));
        }
        String type = typeOf(bytes);
        if (type == null) {
            throw DomainProblem.invalidField(field, "tdss.problem.evidenceType");
        }
        String name = fileName == null || fileName.isBlank() ? "evidence" : fileName.replaceAll("[\\\\/\\r\\n]", "_");
        return new EvidenceFile(name.length() > 200 ? name.substring(0, 200) : name, type, bytes);
    }

    private static String typeOf(byte[] b) {
        if (starts(b, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return "application/pdf";
        }
        if (starts(b, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A})) {
            return "image/png";
        }
        if (starts(b, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return "image/jpeg";
        }
        return null;
    }

    private static boolean starts(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
