package kz.edufusion.labormarket.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import kz.edufusion.common.PageQuery;
import kz.edufusion.common.PageResponse;
import kz.edufusion.common.csv.CsvFormatException;
import kz.edufusion.common.csv.ImportFailure;
import kz.edufusion.common.imports.ImportSource;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.labormarket.VacanciesImported;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.task.TaskExecutor;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs vacancy imports (see docs/decisions/0005): the run row is committed first (RUNNING), the vacancies of the run
 * are written in one transaction holding a per-source advisory lock, a heartbeat stores counts and rejected rows once
 * a second in its own short transactions, and the completion (COMPLETED, counts, the VacanciesImported event) commits
 * with the data. A file-level failure rolls the data back and marks the run FAILED with the reason.
 */
@Service
class VacancyImporter implements VacancyImports {

    private static final Logger log = LoggerFactory.getLogger(VacancyImporter.class);

    private final ImportRunStore runs;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final NormalizerBeans normalizers;
    private final ColumnMappings mappings;
    private final ApplicationEventPublisher events;
    private final TaskExecutor background;
    private final ImportSettings settings;

    VacancyImporter(ImportRunStore runs, JdbcTemplate jdbc, TransactionTemplate transactions, NormalizerBeans normalizers,
            ColumnMappings mappings, ApplicationEventPublisher events,
            @Qualifier("vacancyImportExecutor") TaskExecutor background, ImportSettings settings) {
        this.runs = runs;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.normalizers = normalizers;
        this.mappings = mappings;
        this.events = events;
        this.background = background;
        this.settings = settings;
    }

    @Override
    public ImportRunView start(ImportRequest request) {
        ColumnMapping mapping = mapping(request);
        long id = create(request, mapping);
        background.execute(() -> {
            try {
                execute(id, request, mapping, view -> { });
            } finally {
                delete(request);
            }
        });
        return find(id).orElseThrow();
    }

    @Override
    public ImportRunView run(ImportRequest request, Consumer<ImportRunView> progress) {
        return run(request, mapping(request), progress);
    }

    /** Imports a mapped file through the given mapping (for mappings that are not saved, and tests). */
    ImportRunView run(ImportRequest request, ColumnMapping mapping, Consumer<ImportRunView> progress) {
        return execute(create(request, mapping), request, mapping, progress);
    }

    private long create(ImportRequest request, ColumnMapping mapping) {
        String source = mapping == null ? HhCsvSource.SOURCE : mapping.source();
        try {
            String checksum = ImportSource.directory(request.file().getParent()).sha256(request.file().getFileName().toString());
            return runs.create(source, request.format(), mapping == null ? null : mapping.name(), request.fileName(),
                    Files.size(request.file()), checksum, request.startedBy());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ColumnMapping mapping(ImportRequest request) {
        if (request.format() != ImportFormat.MAPPED) {
            return null;
        }
        if (request.mapping() == null || request.mapping().isBlank()) {
            throw DomainProblem.invalid("lm.import.error.mappingRequired");
        }
        return mappings.find(request.mapping().strip())
                .orElseThrow(() -> DomainProblem.invalid("lm.import.error.mappingUnknown", request.mapping()));
    }

    private ImportRunView execute(long id, ImportRequest request, ColumnMapping mapping, Consumer<ImportRunView> listener) {
        ImportProgress progress = new ImportProgress();
        ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "vacancy-import-heartbeat-" + id);
            thread.setDaemon(true);
            return thread;
        });
        long started = System.nanoTime();
        try (InputStream in = Files.newInputStream(request.file());
             VacancySource source = VacancySources.open(request.format(), mapping, in)) {
            progress.reading(source::bytesRead);
            runs.encoding(id, source.encoding());
            heartbeat.scheduleAtFixedRate(() -> beat(id, progress, listener), 1, 1, TimeUnit.SECONDS);
            VacancyPreparer preparer = new VacancyPreparer(normalizers.normalizers(), source.encoding());
            ImportPipeline pipeline = new ImportPipeline(new VacancyWriter(jdbc), settings.extractionThreads());
            transactions.executeWithoutResult(status -> {
                jdbc.queryForObject("SELECT pg_advisory_xact_lock(hashtext(?))::text", String.class,
                        "labormarket.import." + source.source());
                try {
                    pipeline.run(source, preparer, id, progress);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                stop(heartbeat);
                storeRejections(id, progress);
                runs.complete(id, progress.counts());
                // published inside the transaction: the event registry stores it with the data, listeners run after commit
                events.publishEvent(new VacanciesImported(id, (int) Math.min(Integer.MAX_VALUE, progress.changed()), Instant.now()));
            });
            log.info("Vacancy import {} of {} completed in {} ms: {}", id, request.fileName(),
                    (System.nanoTime() - started) / 1_000_000, progress.counts());
        } catch (ImportFailure | CsvFormatException | UncheckedIOException | IOException | DataAccessException e) {
            fail(id, heartbeat, progress, reason(e));
        } catch (RuntimeException e) {
            log.error("Vacancy import {} failed unexpectedly", id, e);
            fail(id, heartbeat, progress, "unexpected error: " + e.getClass().getSimpleName());
        } finally {
            heartbeat.shutdownNow();
        }
        ImportRunView view = find(id).orElseThrow();
        listener.accept(view);
        return view;
    }

    private void fail(long id, ScheduledExecutorService heartbeat, ImportProgress progress, String reason) {
        stop(heartbeat);
        storeRejections(id, progress);
        runs.fail(id, progress.counts(), reason);
        log.warn("Vacancy import {} failed, none of its vacancies were written: {}", id, reason);
    }

    private static String reason(Exception e) {
        if (e instanceof UncheckedIOException io) {
            return "cannot read the file: " + io.getCause().getMessage();
        }
        if (e instanceof IOException io) {
            return "cannot read the file: " + io.getMessage();
        }
        if (e instanceof CsvFormatException csv) {
            return "broken CSV quoting at " + csv.getMessage();
        }
        if (e instanceof DataAccessException data) {
            return "the database refused the data: " + data.getMostSpecificCause().getMessage();
        }
        return e.getMessage();
    }

    private void beat(long id, ImportProgress progress, Consumer<ImportRunView> listener) {
        try {
            storeRejections(id, progress);
            runs.heartbeat(id, progress.counts());
            runs.find(id).ifPresent(listener);
        } catch (RuntimeException | LinkageError e) {
            // a scheduled task that throws is never run again: the run would look dead after two minutes
            log.warn("Vacancy import {}: progress not stored this second: {}", id, e.toString());
        }
    }

    private synchronized void storeRejections(long id, ImportProgress progress) {
        List<ImportRejectionView> rejected = progress.drainRejections();
        if (!rejected.isEmpty()) {
            runs.rejections(id, rejected);
        }
    }

    private static void stop(ScheduledExecutorService heartbeat) {
        heartbeat.shutdown();
        try {
            heartbeat.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void delete(ImportRequest request) {
        try {
            Files.deleteIfExists(request.file());
        } catch (IOException e) {
            log.warn("Could not delete the uploaded file {}: {}", request.file(), e.getMessage());
        }
    }

    @Override
    public Optional<ImportRunView> find(long id) {
        return runs.find(id);
    }

    @Override
    public List<ImportRunView> recent(int limit) {
        return runs.recent(limit);
    }

    @Override
    public PageResponse<ImportRejectionView> rejections(long runId, PageQuery page) {
        return runs.rejections(runId, page);
    }

    @Override
    public void eachRejection(long runId, Consumer<ImportRejectionView> consumer) {
        // a cursor (fetch size) needs a transaction in PostgreSQL, else the driver reads every row at once
        transactions.executeWithoutResult(status -> runs.eachRejection(runId, consumer));
    }

    boolean alreadyImported(String checksum) {
        return runs.completedWithChecksum(checksum);
    }
}
