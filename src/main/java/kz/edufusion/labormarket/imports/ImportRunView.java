package kz.edufusion.labormarket.imports;

import java.time.Duration;
import java.time.Instant;

/**
 * A vacancy import run as pages, the API and the operator command show it. The counts split the rows read:
 * {@code imported} new vacancies, {@code updated} changed ones, {@code unchanged}, {@code duplicate} (new rows
 * found to be near-identical re-posts) and {@code rejected}. A run whose node stopped sending heartbeats is
 * reported FAILED with {@code error} saying so.
 */
public record ImportRunView(long id, String source, String format, String mapping, String fileName, long fileSize,
        String encoding, ImportStatus status, String startedBy, Instant startedAt, Instant heartbeatAt,
        Instant finishedAt, long bytesRead, long rowsRead, long imported, long updated, long unchanged, long duplicate,
        long rejected, String error) {

    public boolean running() {
        return status == ImportStatus.RUNNING;
    }

    public double seconds() {
        Instant end = finishedAt != null ? finishedAt : heartbeatAt;
        return Math.max(0.001, Duration.between(startedAt, end).toMillis() / 1000.0);
    }

    public long rowsPerSecond() {
        return Math.round(rowsRead / seconds());
    }

    /** How much of the file has been read, 0..100. */
    public int percent() {
        if (!running()) {
            return 100;
        }
        return fileSize <= 0 ? 0 : (int) Math.min(100, bytesRead * 100 / fileSize);
    }

    /** Seconds left at the speed so far (from bytes read against the file size), or -1 when not known yet. */
    public long etaSeconds() {
        if (!running() || bytesRead <= 0 || fileSize <= 0) {
            return running() ? -1 : 0;
        }
        return Math.round(seconds() * (fileSize - bytesRead) / bytesRead);
    }
}
