package kz.edufusion.skills.domain;

import kz.edufusion.common.imports.ImportSource;
import kz.edufusion.common.csv.CsvTable;
import kz.edufusion.common.csv.CsvRow;
import kz.edufusion.common.csv.RejectedRow;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports the skill files, each in its own transaction: the full ESCO skills file and the collections first,
 * then groups, hierarchy, relations, the curated file, and the occupations' skills last. Rows are streamed
 * and upserted by URI, so a re-run writes nothing; a file whose checksum equals its last import is skipped
 * unread. A file with a missing column or broken quoting fails as a whole with nothing written; a bad row is
 * rejected with its line and reason while the good rows are kept. Two nodes serialize on a per-file advisory lock. A file that
 * really changed a row bumps the taxonomy revision in its transaction, so the nodes rebuild their dictionaries.
 */
@Service
class SkillImporter {

    static final String ESCO_VERSION = "ESCO v1.2.0";
    static final String CURATED_VERSION = "curated";

    static final List<SkillFile> FILES = List.of(
            EscoSkillFile.full(),
            EscoSkillFile.collection("digital", "digitalSkillsCollection_en.csv"),
            EscoSkillFile.collection("green", "greenSkillsCollection_en.csv"),
            EscoSkillFile.collection("transversal", "transversalSkillsCollection_en.csv"),
            EscoSkillFile.collection("language", "languageSkillsCollection_en.csv"),
            EscoSkillFile.collection("research", "researchSkillsCollection_en.csv"),
            EscoSkillFile.collection("digcomp", "digCompSkillsCollection_en.csv"),
            new SkillGroupFile(), new SkillHierarchyFile(), new SkillRelationFile(), new CuratedSkillFile(),
            // last: its rows are checked against every skill the files above brought
            OccupationSkillFile.unprepared());

    private static final Logger log = LoggerFactory.getLogger(SkillImporter.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final SkillImportRunLog runs;
    private final TaxonomyRevision revision;
    private final KnownConcepts known;

    SkillImporter(JdbcTemplate jdbc, TransactionTemplate transactions, SkillImportRunLog runs, TaxonomyRevision revision,
            KnownConcepts known) {
        this.jdbc = jdbc;
        this.known = known;
        this.transactions = transactions;
        this.runs = runs;
        this.revision = revision;
    }

    List<SkillImportResult> importAll(ImportSource source, boolean force) {
        return importAll(source, force, ESCO_VERSION);
    }

    List<SkillImportResult> importAll(ImportSource source, boolean force, String escoVersion) {
        List<SkillImportResult> results = new ArrayList<>();
        for (SkillFile file : FILES) {
            results.add(importFile(file, source, force, escoVersion));
        }
        return results;
    }

    SkillImportResult importFile(SkillFile file, ImportSource source, boolean force, String escoVersion) {
        if (!source.exists(file.file())) {
            return SkillImportResult.notProvided(file.dataset());
        }
        long start = System.nanoTime();
        String version = file.esco() ? escoVersion : CURATED_VERSION;
        try {
            String checksum = source.sha256(file.file());
            SkillImportResult result = transactions.execute(status -> {
                jdbc.queryForObject("SELECT pg_advisory_xact_lock(hashtext(?))", Object.class, "skills.import." + file.dataset());
                if (!force && runs.lastChecksum(file.dataset()).filter(checksum::equals).isPresent()) {
                    return SkillImportResult.unchanged(file.dataset(), millisSince(start));
                }
                SkillImportResult written = write(file.prepared(known), source, version, start);
                runs.record(file, version, source.describe(), checksum, written);
                if (written.changed() > 0) {
                    revision.bump();
                }
                return written;
            });
            log.info("Skill file {}: {} ({} rows, {} writes, {} rejected) in {} ms", file.dataset(), result.status(),
                    result.rows(), result.changed(), result.rejected().size(), result.millis());
            result.rejected().stream().limit(20).forEach(r -> log.warn("Skill file {} {}", file.dataset(), r));
            return result;
        } catch (RuntimeException | IOException e) {
            String reason = e instanceof UncheckedIOException io ? io.getCause().getMessage() : e.getMessage();
            log.error("Skill file {} failed, nothing of it was written: {}", file.dataset(), reason);
            return SkillImportResult.failed(file.dataset(), reason, millisSince(start));
        }
    }

    private SkillImportResult write(SkillFile file, ImportSource source, String version, long start) {
        try (InputStream in = source.open(file.file());
             CsvTable table = CsvTable.open(in, file.columns())) {
            Statements statements = new Statements(jdbc);
            List<SkillImportResult.Rejection> rejections = new ArrayList<>();
            int accepted = 0;
            for (CsvRow row = table.next(); row != null; row = table.next()) {
                try {
                    row.requireColumns(file.columns());
                    statements.addAll(file.convert(row, version));
                    accepted++;
                } catch (RejectedRow e) {
                    rejections.add(new SkillImportResult.Rejection(row.line(), e.getMessage()));
                }
            }
            statements.flush();
            return new SkillImportResult(file.dataset(), SkillImportResult.Status.IMPORTED, accepted,
                    statements.changed(), List.copyOf(rejections), null, millisSince(start));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }


    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
