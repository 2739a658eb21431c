package kz.edufusion.labormarket.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import kz.edufusion.common.PageQuery;
import kz.edufusion.common.PageResponse;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The import_run and import_rejection tables. Progress, rejections and failures are written outside the run's data
 * transaction (each statement commits on its own), so every node sees a run advance and a failed run keeps its
 * report; only the completion is written inside it, so COMPLETED and the vacancies commit together.
 */
@Repository
class ImportRunStore {

    /** A RUNNING run that has not sent a heartbeat for this long lost its node. */
    static final String STALE = "2 minutes";
    private static final String SELECT = """
            SELECT id, source, format, mapping, file_name, file_size, encoding,
                   CASE WHEN status = 'RUNNING' AND heartbeat_at < now() - interval '%1$s' THEN 'FAILED' ELSE status END AS shown,
                   started_by, started_at, heartbeat_at, finished_at, bytes_read, rows_read, rows_imported, rows_updated,
                   rows_unchanged, rows_duplicate, rows_rejected,
                   CASE WHEN status = 'RUNNING' AND heartbeat_at < now() - interval '%1$s'
                        THEN 'the import stopped without finishing: no heartbeat for %1$s (its node stopped)' ELSE error END AS shown_error
            FROM labormarket.import_run""".formatted(STALE);

    private final JdbcTemplate jdbc;

    ImportRunStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long create(String source, ImportFormat format, String mapping, String fileName, long size, String checksum,
            String startedBy) {
        return jdbc.queryForObject("""
                INSERT INTO labormarket.import_run (source, format, mapping, file_name, file_size, checksum, status, started_by)
                VALUES (?, ?, ?, ?, ?, ?, 'RUNNING', ?) RETURNING id""", Long.class,
                source, format.code(), mapping, fileName, size, checksum, startedBy);
    }

    void encoding(long id, String encoding) {
        jdbc.update("UPDATE labormarket.import_run SET encoding = ? WHERE id = ?", encoding, id);
    }

    void heartbeat(long id, ImportCounts counts) {
        jdbc.update("UPDATE labormarket.import_run SET heartbeat_at = now(), " + COUNTS + " WHERE id = ? AND status = 'RUNNING'",
                args(counts, id));
    }

    void rejections(long id, List<ImportRejectionView> rejections) {
        jdbc.batchUpdate("INSERT INTO labormarket.import_rejection (run_id, row_number, source_id, reason) VALUES (?, ?, ?, ?)",
                rejections.stream().map(r -> new Object[] {id, r.rowNumber(), r.sourceId(), r.reason()}).toList());
    }

    void complete(long id, ImportCounts counts) {
        finish(id, "COMPLETED", counts, null);
    }

    void fail(long id, ImportCounts counts, String error) {
        finish(id, "FAILED", counts, error);
    }

    private void finish(long id, String status, ImportCounts counts, String error) {
        Object[] counted = args(counts, id);
        Object[] all = new Object[counted.length + 2];
        all[0] = status;
        all[1] = error;
        System.arraycopy(counted, 0, all, 2, counted.length);
        jdbc.update("UPDATE labormarket.import_run SET status = ?, error = ?, finished_at = now(), heartbeat_at = now(), "
                + COUNTS + " WHERE id = ?", all);
    }

    private static final String COUNTS = "bytes_read = ?, rows_read = ?, rows_imported = ?, rows_updated = ?, "
            + "rows_unchanged = ?, rows_duplicate = ?, rows_rejected = ?";

    private static Object[] args(ImportCounts c, long id) {
        return new Object[] {c.bytesRead(), c.rowsRead(), c.imported(), c.updated(), c.unchanged(), c.duplicate(),
                c.rejected(), id};
    }

    Optional<ImportRunView> find(long id) {
        return jdbc.query(SELECT + " WHERE id = ?", ImportRunStore::view, id).stream().findFirst();
    }

    List<ImportRunView> recent(int limit) {
        return jdbc.query(SELECT + " ORDER BY started_at DESC, id DESC LIMIT ?", ImportRunStore::view, limit);
    }

    boolean completedWithChecksum(String checksum) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "SELECT EXISTS (SELECT 1 FROM labormarket.import_run WHERE checksum = ? AND status = 'COMPLETED')",
                Boolean.class, checksum));
    }

    PageResponse<ImportRejectionView> rejections(long runId, PageQuery page) {
        long total = jdbc.queryForObject("SELECT count(*) FROM labormarket.import_rejection WHERE run_id = ?", Long.class, runId);
        List<ImportRejectionView> items = jdbc.query("""
                SELECT row_number, source_id, reason FROM labormarket.import_rejection WHERE run_id = ?
                ORDER BY row_number, id LIMIT ? OFFSET ?""", ImportRunStore::rejection, runId, page.size(), page.offset());
        return PageResponse.of(items, page, total);
    }

    void eachRejection(long runId, Consumer<ImportRejectionView> consumer) {
        jdbc.query(con -> {
            var ps = con.prepareStatement("SELECT row_number, source_id, reason FROM labormarket.import_rejection "
                    + "WHERE run_id = ? ORDER BY row_number, id");
            ps.setLong(1, runId);
            ps.setFetchSize(1000);
            return ps;
        }, rs -> {
            consumer.accept(rejection(rs, 0));
        });
    }

    private static ImportRejectionView rejection(ResultSet rs, int row) throws SQLException {
        return new ImportRejectionView(rs.getLong(1), rs.getString(2), rs.getString(3));
    }

    private static ImportRunView view(ResultSet rs, int row) throws SQLException {
        return new ImportRunView(rs.getLong("id"), rs.getString("source"), rs.getString("format"), rs.getString("mapping"),
                rs.getString("file_name"), rs.getLong("file_size"), rs.getString("encoding"),
                ImportStatus.valueOf(rs.getString("shown")), rs.getString("started_by"),
                rs.getTimestamp("started_at").toInstant(), rs.getTimestamp("heartbeat_at").toInstant(),
                rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant(),
                rs.getLong("bytes_read"), rs.getLong("rows_read"), rs.getLong("rows_imported"), rs.getLong("rows_updated"),
                rs.getLong("rows_unchanged"), rs.getLong("rows_duplicate"), rs.getLong("rows_rejected"),
                rs.getString("shown_error"));
    }
}
