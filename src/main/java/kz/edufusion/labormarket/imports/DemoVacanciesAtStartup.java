package kz.edufusion.labormarket.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import kz.edufusion.common.imports.ImportSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In the demo profile, imports the bundled hh vacancies of November 2025 (498 IT vacancies in Kazakhstan) after the
 * skill taxonomy and the demo organizations, so the platform shows real demand at once. Skipped when a run of the
 * same file (by checksum) already completed.
 */
@Component
@Profile("demo")
@Order(20)
class DemoVacanciesAtStartup implements ApplicationRunner {

    static final String FOLDER = "labormarket/demo";
    static final String FILE = "hh-kz-it-vacancies-2025-11.csv";
    private static final Logger log = LoggerFactory.getLogger(DemoVacanciesAtStartup.class);

    private final VacancyImporter importer;

    DemoVacanciesAtStartup(VacancyImporter importer) {
        this.importer = importer;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        ImportSource bundled = ImportSource.bundled(FOLDER);
        if (importer.alreadyImported(bundled.sha256(FILE))) {
            return;
        }
        long started = System.nanoTime();
        Path copy = Files.createTempFile("edufusion-demo-vacancies-", ".csv");
        try (InputStream in = bundled.open(FILE)) {
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            ImportRunView run = importer.run(new ImportRequest(copy, FILE, ImportFormat.HH_CSV, null, "demo"), view -> { });
            log.info("Demo vacancies: run {} {} in {} ms ({} new, {} rejected)", run.id(), run.status(),
                    (System.nanoTime() - started) / 1_000_000, run.imported() + run.duplicate(), run.rejected());
        } finally {
            Files.deleteIfExists(copy);
        }
    }
}
