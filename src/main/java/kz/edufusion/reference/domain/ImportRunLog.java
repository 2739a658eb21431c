package kz.edufusion.reference.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import kz.edufusion.reference.ImportRun;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reference.import_run table: the record of every import that wrote a dataset. */
@Repository
class ImportRunLog {

    private final JdbcClient jdbc;

    ImportRunLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<String> lastChecksum(String dataset) {
        return jdbc.sql("SELECT checksum FROM reference.import_run WHERE dataset = ? ORDER BY imported_at DESC, id DESC LIMIT 1")
                .param(dataset).query(String.class).optional();
    }

    void record(String dataset, String version, String source, String checksum, DatasetResult result) {
        jdbc.sql("""
                INSERT INTO reference.import_run (dataset, version, source, checksum, row_count, changed_count, rejected_count)
                VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(dataset, version, source, checksum, result.rows(), result.changed(), result.rejected().size())
                .update();
    }

    List<ImportRun> latest() {
        return jdbc.sql("""
                SELECT DISTINCT ON (dataset) dataset, version, source, checksum, row_count, changed_count,
                       rejected_count, imported_at
                FROM reference.import_run ORDER BY dataset, imported_at DESC, id DESC""")
                .query(ImportRunLog::map).list();
    }

    private static ImportRun map(ResultSet rs, int row) throws SQLException {
        return new ImportRun(rs.getString("dataset"), rs.getString("version"), rs.getString("source"),
                rs.getString("checksum"), rs.getInt("row_count"), rs.getInt("changed_count"),
                rs.getInt("rejected_count"), rs.getTimestamp("imported_at").toInstant());
    }
}
