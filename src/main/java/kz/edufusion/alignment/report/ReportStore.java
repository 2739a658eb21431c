package kz.edufusion.alignment.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * {@code alignment.quarterly_report} (V4). Writes only touch DRAFT rows (the trigger refuses changes of published
 * ones anyway); the methods say by their result whether a row was written, so callers decide what a no-op means.
 */
@Repository
class ReportStore {

    private static final String SUMMARY = "SELECT quarter, status, trigger, generated_at, published_at FROM alignment.quarterly_report";

    private final JdbcTemplate jdbc;

    ReportStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<ReportSummary> list() {
        return jdbc.query(SUMMARY + " ORDER BY quarter DESC", (rs, n) -> summary(rs));
    }

    Optional<ReportSummary> summary(String quarter) {
        return jdbc.query(SUMMARY + " WHERE quarter = ?", (rs, n) -> summary(rs), quarter).stream().findFirst();
    }

    Optional<String> snapshot(String quarter) {
        return jdbc.queryForList("SELECT snapshot::text FROM alignment.quarterly_report WHERE quarter = ?", String.class, quarter)
                .stream().findFirst();
    }

    /** The snapshot of the latest published report of a quarter before this one, if any. */
    Optional<String> previousPublishedSnapshot(String quarter) {
        return jdbc.queryForList("""
                SELECT snapshot::text FROM alignment.quarterly_report
                 WHERE status = 'PUBLISHED' AND quarter < ? ORDER BY quarter DESC LIMIT 1
                """, String.class, quarter).stream().findFirst();
    }

    Optional<byte[]> pdf(String quarter, String language) {
        String column = switch (language) {
            case "kk" -> "pdf_kk";
            case "ru" -> "pdf_ru";
            case "en" -> "pdf_en";
            default -> throw new IllegalArgumentException(language);
        };
        return jdbc.query("SELECT " + column + " FROM alignment.quarterly_report WHERE quarter = ? AND status = 'PUBLISHED'",
                (rs, n) -> rs.getBytes(1), quarter).stream().findFirst();
    }

    /**
     * Inserts or replaces the draft of a quarter; false (nothing written) when the quarter is already published.
     * Quarters sort as text ("2025-Q4" < "2026-Q1"), which {@link #previousPublishedSnapshot} relies on.
     */
    boolean saveDraft(String quarter, String snapshotJson, String trigger, Instant generatedAt, UUID generatedBy) {
        return jdbc.update("""
                INSERT INTO alignment.quarterly_report (quarter, status, snapshot, snapshot_sha256, trigger, generated_at, generated_by)
                VALUES (?, 'DRAFT', ?::jsonb, ?, ?, ?, ?)
                ON CONFLICT (quarter) DO UPDATE SET snapshot = EXCLUDED.snapshot, snapshot_sha256 = EXCLUDED.snapshot_sha256,
                       trigger = EXCLUDED.trigger, generated_at = EXCLUDED.generated_at, generated_by = EXCLUDED.generated_by
                 WHERE alignment.quarterly_report.status = 'DRAFT'
                """, quarter, snapshotJson, sha256(snapshotJson), trigger, Timestamp.from(generatedAt), generatedBy) == 1;
    }

    /** Publishes the draft with its PDFs; false when there is no draft (none, or published meanwhile). */
    boolean publish(String quarter, byte[] kk, byte[] ru, byte[] en, Instant at, UUID by) {
        return jdbc.update("""
                UPDATE alignment.quarterly_report SET status = 'PUBLISHED', pdf_kk = ?, pdf_ru = ?, pdf_en = ?,
                       published_at = ?, published_by = ?
                 WHERE quarter = ? AND status = 'DRAFT'
                """, kk, ru, en, Timestamp.from(at), by, quarter) == 1;
    }

    /** Locks the quarter's row until the transaction ends, so two publishers of one draft take turns. */
    void lock(String quarter) {
        jdbc.queryForList("SELECT quarter FROM alignment.quarterly_report WHERE quarter = ? FOR UPDATE", String.class, quarter);
    }

    private static ReportSummary summary(ResultSet rs) throws SQLException {
        Timestamp published = rs.getTimestamp("published_at");
        return new ReportSummary(rs.getString("quarter"), ReportStatus.valueOf(rs.getString("status")), rs.getString("trigger"),
                rs.getTimestamp("generated_at").toInstant(), published == null ? null : published.toInstant());
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
