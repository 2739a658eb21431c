package kz.edufusion.skills.domain;

import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The skills.skill_import_run table: the record of every import that wrote a file. */
@Repository
class SkillImportRunLog {

    /** Enough rejected lines to diagnose a file without storing a broken file twice. */
    private static final int STORED_REJECTIONS = 200;

    private final JdbcClient jdbc;

    SkillImportRunLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> lastChecksum(String dataset) {
        return jdbc.sql("SELECT checksum FROM skills.skill_import_run WHERE dataset = ? ORDER BY imported_at DESC, id DESC LIMIT 1")
                .param(dataset).query(String.class).optional();
    }

    void record(SkillFile file, String version, String source, String checksum, SkillImportResult result) {
        String rejected = result.rejected().stream().limit(STORED_REJECTIONS).map(Object::toString)
                .collect(Collectors.joining("\n"));
        jdbc.sql("""
                INSERT INTO skills.skill_import_run (dataset, file, version, source, checksum, row_count, changed_count,
                    rejected_count, rejected, millis)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(file.dataset(), file.file(), version, source, checksum, result.rows(), result.changed(),
                        result.rejected().size(), rejected.isEmpty() ? null : rejected, result.millis())
                .update();
    }
}
