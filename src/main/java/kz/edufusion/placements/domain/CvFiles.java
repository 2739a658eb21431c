package kz.edufusion.placements.domain;

import java.util.Optional;
import java.util.UUID;
import kz.edufusion.common.web.DomainProblem.FieldProblem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.util.unit.DataSize;

/**
 * CVs kept in the database. The type comes from the bytes ({@link FileKind}), not from the name or the browser's
 * claim: PDF or DOCX. Anything else, an empty file or one over
 * {@code edufusion.placements.cv-max-size} (5 MB by default) is refused.
 */
@Repository
class CvFiles {

    private static final java.util.List<FileKind> KINDS = java.util.List.of(FileKind.PDF, FileKind.DOCX);

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
        jdbc.sql("INSERT INTO placements.cv_file (id, owner_id, file_name, content_type, size_bytes, content) VALUES (?,?,?,?,?,?)")
                .params(id, ownerId, FileKind.storedName(cv.fileName(), "cv"), type(cv.content()).orElseThrow(),
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
        return FileKind.of(bytes, KINDS).map(FileKind::contentType);
    }
}
