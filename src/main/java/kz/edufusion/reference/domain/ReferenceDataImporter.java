package kz.edufusion.reference.domain;

import kz.edufusion.common.imports.ImportSource;
import kz.edufusion.common.csv.CsvTable;
import kz.edufusion.common.csv.CsvRow;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports the reference datasets, each in its own transaction, in dependency order (ISCO before the
 * occupations that point to it). A dataset whose file checksum equals its last import is skipped, so
 * the import at every start costs one file read per dataset. Two nodes starting together serialize on
 * a per-dataset advisory lock and the second one then sees the first one's checksum.
 */
@Service
class ReferenceDataImporter {

    static final List<Dataset> DATASETS = List.of(new RegionsDataset(), new FieldsDataset(), new NqfDataset(),
            new OkedDataset(), new OkedSectionNamesDataset(), new IscoDataset(), new OccupationsDataset());

    private static final Logger log = LoggerFactory.getLogger(ReferenceDataImporter.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ImportRunLog runs;

    ReferenceDataImporter(JdbcTemplate jdbc, TransactionTemplate transactions, ImportRunLog runs) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.runs = runs;
    }

    List<DatasetResult> importAll(ImportSource source, boolean force) {
        return DATASETS.stream().map(dataset -> importDataset(dataset, source, force)).toList();
    }

    DatasetResult importDataset(Dataset dataset, ImportSource source, boolean force) {
        if (!source.exists(dataset.file())) {
            return DatasetResult.notProvided(dataset.name());
        }
        long start = System.nanoTime();
        try {
            String checksum = source.sha256(dataset.file());
            DatasetResult result = transactions.execute(status -> {
                jdbc.queryForObject("SELECT pg_advisory_xact_lock(hashtext(?))", Object.class,
                        "reference.import." + dataset.name());
                if (!force && runs.lastChecksum(dataset.name()).filter(checksum::equals).isPresent()) {
                    return DatasetResult.unchanged(dataset.name(), millisSince(start));
                }
                DatasetResult written = write(dataset, source, start);
                runs.record(dataset.name(), dataset.version(), source.describe(), checksum, written);
                return written;
            });
            log.info("Reference dataset {}: {} ({} rows, {} changed, {} rejected) in {} ms", dataset.name(),
                    result.status(), result.rows(), result.changed(), result.rejected().size(), result.millis());
            return result;
        } catch (RuntimeException | IOException e) {
            String reason = e instanceof UncheckedIOException io ? io.getCause().getMessage() : e.getMessage();
            log.error("Reference dataset {} failed, nothing of it was written: {}", dataset.name(), reason);
            return DatasetResult.failed(dataset.name(), reason, millisSince(start));
        }
    }

    private DatasetResult write(Dataset dataset, ImportSource source, long start) {
        try (InputStream in = source.open(dataset.file());
             CsvTable table = CsvTable.open(in, dataset.columns())) {
            RowBatcher batcher = new RowBatcher(jdbc, dataset.upsertSql(), dataset.converter(jdbc));
            for (CsvRow row = table.next(); row != null; row = table.next()) {
                batcher.add(row);
            }
            batcher.flush();
            return new DatasetResult(dataset.name(), DatasetResult.Status.IMPORTED, batcher.accepted(),
                    batcher.changed(), batcher.rejections(), null, millisSince(start));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }


    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
