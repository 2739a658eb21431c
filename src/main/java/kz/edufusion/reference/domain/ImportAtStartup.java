package kz.edufusion.reference.domain;

import kz.edufusion.common.imports.ImportSource;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Brings the bundled reference data into the database at every start; after the first start it only
 * compares checksums. Runs first ({@code @Order(0)}) because demo data and other runners use region
 * codes and classifiers. A failing dataset is logged but does not stop the platform: the other datasets
 * and everything already imported stay usable, and the operator can re-run {@code import}.
 */
@Component
@Order(0)
class ImportAtStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportAtStartup.class);

    private final ReferenceDataImporter importer;
    private volatile List<DatasetResult> results = List.of();

    ImportAtStartup(ReferenceDataImporter importer) {
        this.importer = importer;
    }

    @Override
    public void run(ApplicationArguments args) {
        long start = System.nanoTime();
        results = importer.importAll(ImportSource.bundled("reference"), false);
        long failed = results.stream().filter(DatasetResult::failed).count();
        log.info("Reference data checked in {} ms ({} imported, {} failed)", (System.nanoTime() - start) / 1_000_000,
                results.stream().filter(r -> r.status() == DatasetResult.Status.IMPORTED).count(), failed);
        if (failed > 0) {
            log.error("Some reference datasets could not be imported; run 'java -jar edufusion.jar import' for details");
        }
    }

    /** What the start-up pass of this process did with a dataset, if it did anything. */
    Optional<DatasetResult> resultOf(String dataset) {
        return results.stream().filter(r -> r.dataset().equals(dataset)).findFirst();
    }
}
