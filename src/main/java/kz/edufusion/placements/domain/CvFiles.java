package kz.edufusion.placements.domain;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import kz.edufusion.common.web.DomainProblem.FieldProblem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.util.unit.DataSize;

/**
 * CVs kept in the database. The type comes from the bytes, not from the name or the browser's claim: a PDF starts
 * with {@code %PDF-}, a DOCX is a ZIP holding {@code word/document.xml}. Anything else, an empty file or one over
 * {@code edufusion.placements.cv-max-size} (5 MB by default) is refused.
 */
@Repository
class CvFiles {

    static final String PDF = "application/pdf";
    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private final JdbcClient jdbc;
    private final DataSize limit;

    CvFiles(JdbcClient jdbc, @Value("${edufusion.placements.cv-max-size:5MB}") DataSize limit) {
        this.jdbc = jdbc;
        this.limit = limit;
    }

    DataSize limit() {
        return limit;
    }

    /** What is wrong with the upload, if anything. */
    Optional<FieldProblem> problem(CvUpload cv) {
        if (cv == null || cv.empty()) {
            return Optional.of(new FieldProblem("cv", "placements.validation.cvRequired"));
        }
        if (cv.content().length > limit.toBytes()) {
            return Optional.of(new FieldProblem("cv", "placements.validation.cvTooLarge"));
        }
        if (type(cv.content()).isEmpty()) {
            return Optional.of(new FieldProblem("cv", "placements.validation.cvType"));
        }
        return Optional.empty();
    }

    UUID store(UUID ownerId, CvUpload cv) {
        UUID id = UUID.randomUUID();
        String name = cv.fileName() == null || cv.fileName().isBlank() ? "cv" : cv.fileName().strip();
        jdbc.sql("INSERT INTO placements.cv_file (id, owner_id, file_name, content_type, size_bytes, content) VALUES (?,?,?,?,?,?)")
                .params(id, ownerId, name.length() > 200 ? name.substring(0, 200) : name, type(cv.content()).orElseThrow(),
                        cv.content().length, cv.content())
                .update();
        return id;
    }

    Optional<CvFile> find(UUID id) {
        return jdbc.sql("SELECT file_name, content_type, content FROM placements.cv_file WHERE id = ?").param(id)
                .query((rs, n) -> new CvFile(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }

    Optional<String> fileName(UUID id) {
        return jdbc.sql("SELECT file_name FROM placements.cv_file WHERE id = ?").param(id).query(String.class).optional();
    }

    static Optional<String> type(byte[] bytes) {
        if (startsWith(bytes, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(PDF);
        }
        if (startsWith(bytes, new byte[] {'P', 'K', 3, 4}) && holdsWordDocument(bytes)) {
            return Optional.of(DOCX);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }

    private static boolean holdsWordDocument(byte[] bytes) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if ("word/document.xml".equals(entry.getName())) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
