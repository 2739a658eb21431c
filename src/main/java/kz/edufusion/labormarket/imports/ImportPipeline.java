package kz.edufusion.labormarket.imports;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import kz.edufusion.common.csv.RejectedRow;

/**
 * One run's rows from source to database: the calling thread reads rows and writes batches (it holds the run's
 * transaction), a small pool validates, normalizes and extracts skills (the CPU work) for a window of rows ahead.
 * Rows are written in file order, so "the first copy" of a re-post and "the last version" of a repeated id are
 * the file's. The rows in flight are bounded by count and by description characters, so that a file of long texts
 * (up to {@link VacancyLimits#DESCRIPTION_HTML} each) holds the same few tens of megabytes as one of short texts.
 */
final class ImportPipeline {

    static final int BATCH = 500;
    private static final int WINDOW = 2 * BATCH;
    /** Description characters of a batch (its largest statement parameter is their array); a row over it goes alone. */
    static final long BATCH_CHARS = 4_000_000;
    /** Description characters read but not yet written: the raw HTML, its plain text and the extraction's work. */
    private static final long WINDOW_CHARS = 2 * BATCH_CHARS;

    private record Pending(long row, String sourceId, long chars, Future<PreparedVacancy> prepared) {
    }

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(ImportPipeline.class);

    private final VacancyWriter writer;
    private final int threads;
    private boolean loggedFailure;

    ImportPipeline(VacancyWriter writer, int threads) {
        this.writer = writer;
        this.threads = Math.max(1, threads);
    }

    void run(VacancySource source, VacancyPreparer preparer, long runId, ImportProgress progress) throws IOException {
        AtomicInteger number = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(threads, r -> {
            Thread thread = new Thread(r, "vacancy-import-" + runId + "-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            Deque<Pending> pending = new ArrayDeque<>();
            long pendingChars = 0;
            Batch batch = new Batch(source.source(), runId, progress);
            for (SourceItem item = source.next(); item != null; item = source.next()) {
                progress.rowRead();
                if (item.rejection() != null) {
                    progress.reject(item.rowNumber(), item.sourceId(), item.rejection());
                    continue;
                }
                RawVacancy raw = item.vacancy();
                long chars = raw.descriptionHtml() == null ? 0 : raw.descriptionHtml().length();
                pending.add(new Pending(item.rowNumber(), item.sourceId(), chars, workers.submit(() -> preparer.prepare(raw))));
                pendingChars += chars;
                while (pending.size() >= WINDOW || pendingChars >= WINDOW_CHARS) {
                    pendingChars -= take(pending.poll(), batch, progress);
                }
            }
            while (!pending.isEmpty()) {
                take(pending.poll(), batch, progress);
            }
            batch.flush();
        } finally {
            workers.shutdownNow();
        }
    }

    /** Hands one row to the batch (or reports its rejection); answers its characters, now out of the window. */
    private long take(Pending pending, Batch batch, ImportProgress progress) {
        try {
            batch.add(pending.prepared().get());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RejectedRow rejected) {
                progress.reject(pending.row(), pending.sourceId(), rejected.getMessage());
            } else if (e.getCause() instanceof RuntimeException failure) {
                // a normalizer's bug on one row's values costs that row, not the file; the log keeps the trace
                if (!loggedFailure) {
                    loggedFailure = true;
                    log.error("Vacancy import: row {} could not be normalized", pending.row(), failure);
                }
                progress.reject(pending.row(), pending.sourceId(), "could not be normalized (" + failure + ")");
            } else {
                throw new IllegalStateException(e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("the import was interrupted", e);
        }
        return pending.chars();
    }

    /** The rows waiting to be written; one source id at most once, so a repeated id is written in order. */
    private final class Batch {
        private final String source;
        private final long runId;
        private final ImportProgress progress;
        private final List<PreparedVacancy> rows = new ArrayList<>(BATCH);
        private final Set<String> ids = new HashSet<>();
        private long chars;

        Batch(String source, long runId, ImportProgress progress) {
            this.source = source;
            this.runId = runId;
            this.progress = progress;
        }

        void add(PreparedVacancy vacancy) {
            if (!rows.isEmpty() && (ids.contains(vacancy.sourceId()) || chars + vacancy.description().length() > BATCH_CHARS)) {
                flush();
            }
            ids.add(vacancy.sourceId());
            rows.add(vacancy);
            chars += vacancy.description().length();
            if (rows.size() >= BATCH) {
                flush();
            }
        }

        void flush() {
            progress.written(writer.write(source, rows, runId));
            rows.clear();
            ids.clear();
            chars = 0;
        }
    }
}
