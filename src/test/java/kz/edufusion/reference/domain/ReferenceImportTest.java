package kz.edufusion.reference.domain;

import kz.edufusion.common.imports.ImportSource;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.util.List;
import kz.edufusion.reference.ReferenceCounts;
import kz.edufusion.reference.ReferenceData;
import kz.edufusion.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

@IntegrationTest
class ReferenceImportTest {

    private static final String REGIONS_HEADER = "code,kind,name_kk,name_ru,name_en,center_kk,center_ru,center_en\n";

    private final ReferenceDataImporter importer;
    private final ReferenceData reference;
    private final JdbcTemplate jdbc;

    @Autowired
    ReferenceImportTest(ReferenceDataImporter importer, ReferenceData reference, JdbcTemplate jdbc) {
        this.importer = importer;
        this.reference = reference;
        this.jdbc = jdbc;
    }

    @Test
    void theBundledDataIsImportedAtStartWithTheRealCounts() {
        assertThat(reference.counts()).isEqualTo(new ReferenceCounts(20, 12, 8, 21, 88, 619, 3039));
        assertThat(reference.region("KZ-19")).hasValueSatisfying(almatyRegion -> {
            assertThat(almatyRegion.name().in("kk")).isEqualTo("Алматы облысы");
            assertThat(almatyRegion.name().in("ru")).isEqualTo("Алматинская область");
            assertThat(almatyRegion.center().in("en")).isEqualTo("Konaev");
        });
        assertThat(reference.regionExists("KZ-75")).isTrue();
        assertThat(reference.regionExists("KZ-00")).isFalse();
        assertThat(reference.latestImports()).extracting("dataset")
                .containsExactlyInAnyOrder("regions", "fields", "nqf", "oked", "oked-section-names", "isco", "occupations");
        // NACE/ESCO are English only: kk and ru fall back to the English label
        assertThat(reference.economicActivities("62", 2, kz.edufusion.common.PageQuery.of(0, 5)).items())
                .singleElement().satisfies(a -> assertThat(a.name().in("kk")).startsWith("Computer programming"));
        // sections carry the national classifier's kk/ru names (curated file), the English stays Eurostat's
        assertThat(reference.economicActivities("J", 1, kz.edufusion.common.PageQuery.of(0, 5)).items())
                .singleElement().satisfies(j -> {
                    assertThat(j.name().in("ru")).isEqualTo("Информация и связь");
                    assertThat(j.name().in("kk")).isEqualTo("Ақпарат және байланыс");
                    assertThat(j.name().in("en")).isEqualTo("INFORMATION AND COMMUNICATION");
                });
    }

    @Test
    void reImportingTheSameFilesChangesNothing() {
        ReferenceCounts counts = reference.counts();
        long runs = importRuns();
        Timestamp lastUpdate = lastUpdate();

        List<DatasetResult> again = importer.importAll(ImportSource.bundled("reference"), false);

        assertThat(again).extracting(DatasetResult::status).containsOnly(DatasetResult.Status.UNCHANGED);
        assertThat(importRuns()).isEqualTo(runs);

        List<DatasetResult> forced = importer.importAll(ImportSource.bundled("reference"), true);

        assertThat(forced).extracting(DatasetResult::status).containsOnly(DatasetResult.Status.IMPORTED);
        assertThat(forced).extracting(DatasetResult::changed).containsOnly(0);
        assertThat(forced).filteredOn(r -> r.dataset().equals("occupations")).singleElement()
                .satisfies(r -> assertThat(r.rows()).isEqualTo(3039));
        assertThat(reference.counts()).isEqualTo(counts);
        assertThat(lastUpdate()).isEqualTo(lastUpdate);
        forced.forEach(r -> System.out.printf("forced re-import %s: %d rows in %d ms%n", r.dataset(), r.rows(), r.millis()));
    }

    @Test
    void aFileWithAMissingColumnIsRefusedAndNothingOfItIsWritten(@TempDir Path dir) throws IOException {
        write(dir, "regions.csv", "code,kind,name_kk,name_en,center_kk,center_ru,center_en\n"
                + "KZ-97,region,Сынақ облысы,Test Region,Сынақ,Тест,Test\n");
        long runs = importRuns();

        DatasetResult result = importer.importDataset(new RegionsDataset(), ImportSource.directory(dir), false);

        assertThat(result.status()).isEqualTo(DatasetResult.Status.FAILED);
        assertThat(result.error()).contains("name_ru");
        assertThat(reference.regionExists("KZ-97")).isFalse();
        assertThat(importRuns()).isEqualTo(runs);
    }

    @Test
    void filesMissingFromAnOperatorDirectoryAreReportedNotFailed(@TempDir Path dir) {
        assertThat(importer.importAll(ImportSource.directory(dir), false)).extracting(DatasetResult::status)
                .containsOnly(DatasetResult.Status.NOT_PROVIDED);
    }

    @Test
    @Transactional // rolls the good rows back so that the shared database keeps the real counts
    void badRowsAreReportedWithTheirLinesAndTheGoodRowsAreKept(@TempDir Path dir) throws IOException {
        write(dir, "regions.csv", REGIONS_HEADER
                + "KZ-98,region,Сынақ облысы,Тестовая область,Test Region,Сынақ,Тест,Test\n"
                + "XX-1,region,Қате,Ошибка,Wrong,Қате,Ошибка,Wrong\n"
                + "KZ-96,region,Сынақ,Тест,,Сынақ,Тест,Test\n"
                + "KZ-95,village,Ауыл,Село,Village,Ауыл,Село,Village\n"
                + "KZ-98,region,Қайталау,Повтор,Duplicate,Сынақ,Тест,Test\n"
                + "KZ-94,region,\"Көп\nжолды\",Тест\n");
        write(dir, "occupations_en.csv", "conceptUri,iscoGroup,preferredLabel,altLabels,description,code\n"
                + "http://data.europa.eu/esco/occupation/test-1,2512,test developer,\"tester\ncoder\",Writes tests.,2512.99\n"
                + "http://data.europa.eu/esco/occupation/test-2,9999,nobody,,,9999.1\n");

        DatasetResult regions = importer.importDataset(new RegionsDataset(), ImportSource.directory(dir), false);
        DatasetResult occupations = importer.importDataset(new OccupationsDataset(), ImportSource.directory(dir), false);

        assertThat(regions.status()).isEqualTo(DatasetResult.Status.IMPORTED);
        assertThat(regions.rows()).isEqualTo(1);
        assertThat(regions.rejected()).extracting(DatasetResult.Rejection::line).containsExactly(3L, 4L, 5L, 6L, 7L);
        assertThat(regions.rejected()).extracting(DatasetResult.Rejection::reason).satisfiesExactly(
                r -> assertThat(r).contains("code 'XX-1'"),
                r -> assertThat(r).contains("missing name_en"),
                r -> assertThat(r).contains("kind 'village'"),
                r -> assertThat(r).contains("duplicate key KZ-98").contains("line 2"),
                r -> assertThat(r).contains("found 4"));
        assertThat(reference.region("KZ-98")).hasValueSatisfying(r -> assertThat(r.name().in("ru")).isEqualTo("Тестовая область"));
        assertThat(occupations.rows()).isEqualTo(1);
        assertThat(occupations.rejected()).singleElement().satisfies(r -> {
            assertThat(r.line()).isEqualTo(4);
            assertThat(r.reason()).contains("9999");
        });
        assertThat(reference.occupation("test-1")).hasValueSatisfying(
                o -> assertThat(o.alternativeLabels()).containsExactly("tester", "coder"));
    }

    private long importRuns() {
        return jdbc.queryForObject("SELECT count(*) FROM reference.import_run", Long.class);
    }

    private Timestamp lastUpdate() {
        return jdbc.queryForObject("""
                SELECT greatest((SELECT max(updated_at) FROM reference.region), (SELECT max(updated_at) FROM reference.field_of_education),
                                (SELECT max(updated_at) FROM reference.nqf_level), (SELECT max(updated_at) FROM reference.economic_activity),
                                (SELECT max(updated_at) FROM reference.isco_group), (SELECT max(updated_at) FROM reference.occupation))""",
                Timestamp.class);
    }

    private static void write(Path dir, String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }
}
