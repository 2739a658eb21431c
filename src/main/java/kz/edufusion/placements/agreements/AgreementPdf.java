package kz.edufusion.placements.agreements;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A PDF of one version to hand out: its file name, its bytes, and the SHA-256 of the document the parties sign. */
public record AgreementPdf(String fileName, byte[] content, String documentSha256) {

    /** As a download (the page and the API answer it alike), with the signed document's hash in a header. */
    public ResponseEntity<byte[]> download() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName, StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Document-SHA256", documentSha256)
                .body(content);
    }
}
