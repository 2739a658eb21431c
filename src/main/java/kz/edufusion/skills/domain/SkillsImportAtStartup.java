package kz.edufusion.skills.domain;

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
 * Imports the bundled skill files ({@code classpath:skills/esco/*} and {@code skills/curated-skills.csv},
 * whichever are present) at every start, after the reference data; after the first start it only compares
 * checksums. A failing file is logged and does not stop the platform; {@code skills-import} shows details.
 */
@Component
@Order(5)
class SkillsImportAtStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SkillsImportAtStartup.class);

    private final SkillImporter importer;
    private volatile List<SkillImportResult> results = List.of();

    SkillsImportAtStartup(SkillImporter importer) {
        this.importer = importer;
    }

    @Override
    public void run(ApplicationArguments args) {
        long start = System.nanoTime();
        results = importer.importAll(ImportSource.bundled("skills"), false);
        long failed = results.stream().filter(SkillImportResult::failed).count();
        log.info("Skill taxonomy checked in {} ms ({} files imported, {} failed)", (System.nanoTime() - start) / 1_000_000,
                results.stream().filter(r -> r.status() == SkillImportResult.Status.IMPORTED).count(), failed);
        if (failed > 0) {
            log.error("Some skill files could not be imported; run 'java -jar edufusion.jar skills-import' for details");
        }
    }

    Optional<SkillImportResult> resultOf(String dataset) {
        return results.stream().filter(r -> r.dataset().equals(dataset)).findFirst();
    }
}
