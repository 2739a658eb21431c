package kz.edufusion.skills.domain;

import kz.edufusion.common.imports.ImportSource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kz.edufusion.skills.SkillTaxonomy;
import kz.edufusion.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The real ESCO v1.2.0 files (the ones the project bundles under {@code skills/esco/}) imported from the shared
 * data folder: all accepted, timings logged, and a second run skipped by checksum. Skipped where the folder is absent.
 */
@IntegrationTest
class EscoBundleImportTest {

    static final Path ESCO = Path.of("/work/shared/data/esco-1.2");

    @Autowired
    SkillImporter importer;
    @Autowired
    SkillTaxonomy taxonomy;

    @Test
    void theEscoCollectionsGroupsHierarchyAndRelationsImportCleanlyAndOnce() {
        assumeTrue(Files.isDirectory(ESCO), "shared ESCO data not available");
        ImportSource source = ImportSource.directory(ESCO);

        long start = System.nanoTime();
        // forced: once the same files are bundled, the start-up pass has already imported them under these checksums
        List<SkillImportResult> first = importer.importAll(source, true);
        long firstMillis = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        List<SkillImportResult> second = importer.importAll(source, false);
        long secondMillis = (System.nanoTime() - start) / 1_000_000;

        first.forEach(r -> System.out.printf("ESCO import %-12s %-12s rows=%d writes=%d rejected=%d %d ms%n", r.dataset(),
                r.status(), r.rows(), r.changed(), r.rejected().size(), r.millis()));
        System.out.printf("ESCO import forced pass %d ms, second pass (checksums only) %d ms%n", firstMillis, secondMillis);
        assertThat(first).filteredOn(r -> r.status() == SkillImportResult.Status.IMPORTED).hasSize(9);
        // ESCO v1.2.0 itself relates one skill to itself (skillSkillRelations line 4588); that row is reported
        assertThat(first).filteredOn(r -> !r.dataset().equals("relations")).allSatisfy(r -> assertThat(r.rejected()).isEmpty());
        assertThat(first).filteredOn(r -> r.dataset().equals("relations")).singleElement()
                .satisfies(r -> assertThat(r.rejected()).extracting(SkillImportResult.Rejection::line).containsExactly(4588L));
        assertThat(second).noneMatch(r -> r.status() == SkillImportResult.Status.IMPORTED);
        assertThat(taxonomy.counts().escoSkills()).isGreaterThan(2000);
        assertThat(taxonomy.search("python", "en", kz.edufusion.common.PageQuery.of(0, 5)).items().get(0).matchedLabel())
                .isEqualToIgnoringCase("Python");
    }
}
