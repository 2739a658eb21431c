package kz.edufusion.skills.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import kz.edufusion.skills.SkillExtractionService;
import kz.edufusion.skills.SkillTaxonomy;
import kz.edufusion.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@link SkillExtractionQualityTest} against the dictionary the application really uses: the one the
 * extraction service builds from the taxonomy tables (filled at start-up from the same bundled files). It
 * must know every bundled term and score at least as well as the dictionary of the bundled files.
 */
@IntegrationTest
class SkillExtractionQualityDbTest {

    @Autowired
    SkillExtractionService extraction;
    @Autowired
    SkillTaxonomy taxonomy;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void theDictionaryOfTheTaxonomyTablesScoresAtLeastAsWellAsTheBundledFiles() throws IOException {
        extraction.refresh();
        SkillDictionary database = extraction.dictionary();
        List<SkillTerm> bundledTerms = SkillDictionaryLoader.fromClasspath();
        SkillDictionary bundled = SkillDictionary.build(bundledTerms);
        // a term a skill shares with a narrower skill belongs to the narrower one only, in both dictionaries
        assertThat(bundledTerms).allSatisfy(term -> assertThat(database.lookupExact(term.text())).as(term.text())
                .containsAll(bundled.lookupExact(term.text())));
        assertThat(bundledTerms.stream().filter(term -> !bundled.lookupExact(term.text()).contains(term.uri())))
                .as("terms given to a narrower skill").hasSizeLessThan(60)
                .allSatisfy(term -> assertThat(bundled.lookupExact(term.text())).isNotEmpty());
        assertThat(bundledTerms.stream().filter(t -> t.kind() == TermKind.LABEL && t.language() != Language.ANY
                && bundled.label(t.uri(), t.language()).equals(t.text()))).allSatisfy(t ->
                assertThat(database.label(t.uri(), t.language())).as(t.uri()).isEqualTo(t.text()));

        List<SkillExtractionQualityTest.Vacancy> vacancies = SkillExtractionQualityTest.devSet();
        SkillExtractionQualityTest.Score fromFiles = SkillExtractionQualityTest.evaluate(bundled, vacancies, 0.0, false);
        SkillExtractionQualityTest.Score fromTables = SkillExtractionQualityTest.evaluate(database, vacancies, 0.0, false);
        System.out.printf("bundled files: skills=%d terms=%d P=%.3f R=%.3f F1=%.3f%n", bundled.skillCount(),
                bundled.termCount(), fromFiles.precision(), fromFiles.recall(), fromFiles.f1());
        System.out.printf("taxonomy tables: skills=%d terms=%d P=%.3f R=%.3f F1=%.3f mention recall=%.3f%n",
                database.skillCount(), database.termCount(), fromTables.precision(), fromTables.recall(), fromTables.f1(),
                fromTables.mentionRecall());
        assertThat(fromTables.f1()).isGreaterThanOrEqualTo(SkillExtractionQualityTest.F1_FLOOR);
        assertThat(fromTables.recall()).isGreaterThanOrEqualTo(fromFiles.recall());
        assertThat(fromTables.precision()).isGreaterThanOrEqualTo(fromFiles.precision() - 0.002);
        assertThat(fromTables.f1()).isGreaterThanOrEqualTo(fromFiles.f1() - 0.002);
        assertThat(fromTables.mentionRecall()).isGreaterThanOrEqualTo(fromFiles.mentionRecall());
        SkillExtractionQualityTest.Score operating = SkillExtractionQualityTest.evaluate(database, vacancies,
                SkillExtractor.OPERATING_POINT, false);
        System.out.printf("taxonomy tables at the operating point: P=%.3f R=%.3f F1=%.3f mention recall=%.3f%n",
                operating.precision(), operating.recall(), operating.f1(), operating.mentionRecall());
        assertThat(operating.f1()).isGreaterThanOrEqualTo(SkillExtractionQualityTest.F1_FLOOR_AT_OPERATING_POINT);
    }

    @Test
    void aRebuildFromTheTablesIsTimed() {
        for (int run = 1; run <= 3; run++) {
            try (SkillExtractionService fresh = new SkillExtractionService(taxonomy, Duration.ofHours(1))) {
                long started = System.nanoTime();
                fresh.warmUp();
                long millis = (System.nanoTime() - started) / 1_000_000;
                System.out.printf("dictionary build from the taxonomy tables, run %d: %d ms (%d skills, %d terms)%n", run,
                        millis, fresh.dictionary().skillCount(), fresh.dictionary().termCount());
                assertThat(fresh.dictionary().termCount()).isGreaterThan(15_000);
            }
        }
    }

    /**
     * The benchmark's production-sized term set (real terms plus seeded synthetic skills, about 14k skills and
     * 100k terms, like the full ESCO skills pillar) written into the tables inside a transaction that is rolled
     * back; the build reads them through the same connection.
     */
    @Test
    void aRebuildAtTheSizeOfTheFullSkillsPillarIsTimed() {
        List<SkillTerm> synthetic = SkillExtractionBenchmark.productionSizedTerms().stream()
                .filter(t -> t.uri().contains("/synthetic-")).toList();
        transactions.executeWithoutResult(status -> {
            jdbc.batchUpdate("INSERT INTO skills.skill (uri, source, type) VALUES (?, 'CUSTOM', 'skill') ON CONFLICT DO NOTHING",
                    synthetic.stream().map(SkillTerm::uri).distinct().map(uri -> new Object[] {uri}).toList());
            jdbc.batchUpdate("INSERT INTO skills.skill_label (skill_uri, language, text, kind, origin) VALUES (?, ?, ?, ?, 'ADMIN') "
                    + "ON CONFLICT DO NOTHING", synthetic.stream().map(t -> new Object[] {t.uri(), t.language().code(), t.text(),
                            t.kind() == TermKind.LABEL ? "PREFERRED" : "SYNONYM"}).toList());
            try (SkillExtractionService fresh = new SkillExtractionService(taxonomy, Duration.ofHours(1))) {
                long started = System.nanoTime();
                fresh.warmUp();
                System.out.printf("dictionary build from the taxonomy tables at full-pillar size: %d ms (%d skills, %d terms)%n",
                        (System.nanoTime() - started) / 1_000_000, fresh.dictionary().skillCount(), fresh.dictionary().termCount());
                assertThat(fresh.dictionary().termCount()).isGreaterThan(95_000);
            }
            status.setRollbackOnly();
        });
    }
}
