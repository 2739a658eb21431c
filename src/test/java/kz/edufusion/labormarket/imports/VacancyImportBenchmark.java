package kz.edufusion.labormarket.imports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import kz.edufusion.common.csv.CsvRow;
import kz.edufusion.common.csv.CsvTable;
import kz.edufusion.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Imports a generated hh CSV (the dev rows again and again with new ids and varied text) through the real pipeline
 * and prints rows/s and the peak heap. Not part of the normal run:
 * {@code ./mvnw -B -ntp test -Dtest=VacancyImportBenchmark -Dbench=true [-Dbench.rows=1000000]}.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "bench", matches = "true")
class VacancyImportBenchmark {

    @Autowired
    VacancyImporter importer;
    @Autowired
    JdbcTemplate jdbc;
    @TempDir
    Path dir;

    @Test
    void importsGeneratedRows() throws IOException {
        int rows = Integer.getInteger("bench.rows", 1_000_000);
        Path file = generate(rows);
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        AtomicLong lastPrint = new AtomicLong();
        long started = System.nanoTime();
        ImportRunView run = importer.run(ImportFiles.request(file, ImportFormat.HH_CSV), view -> {
            if (System.nanoTime() - lastPrint.get() > 30_000_000_000L) {
                lastPrint.set(System.nanoTime());
                System.out.printf("bench: %d rows, %d rows/s, ETA %d s%n", view.rowsRead(), view.rowsPerSecond(), view.etaSeconds());
            }
        });
        double seconds = (System.nanoTime() - started) / 1e9;
        long peakHeap = ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP)
                .mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("bench: %s, %d rows (%d MB file) in %.0f s = %.0f rows/s; new %d, duplicates %d, rejected %d; "
                        + "peak heap %d MB of max %d MB%n", run.status(), run.rowsRead(), Files.size(file) >> 20, seconds,
                run.rowsRead() / seconds, run.imported(), run.duplicate(), run.rejected(), peakHeap >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
        System.out.printf("bench: %d skill rows written (%.1f per vacancy)%n", skillRows(run.id()), skillRows(run.id()) / (double) run.rowsRead());
    }

    private long skillRows(long runId) {
        return jdbc.queryForObject("SELECT count(*) FROM labormarket.vacancy_skill s JOIN labormarket.vacancy v ON v.id = s.vacancy_id "
                + "WHERE v.import_run_id = ?", Long.class, runId);
    }

    /** The dev rows with new ids, a varied title and a few varied words per description, streamed to disk. */
    private Path generate(int rows) throws IOException {
        List<List<String>> dev = new ArrayList<>();
        try (CsvTable table = CsvTable.open(SourceFiles.devFile(), HhCsvSource.COLUMNS)) {
            for (CsvRow row = table.next(); row != null; row = table.next()) {
                dev.add(row.values());
            }
        }
        Random random = new Random(42);
        Path file = dir.resolve("bench.csv");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(SourceFiles.HEADER + "\n");
            for (int i = 0; i < rows; i++) {
                List<String> values = new ArrayList<>(dev.get(i % dev.size()));
                values.set(0, String.valueOf(500_000_000L + i));
                values.set(1, values.get(1) + " #" + (i / dev.size()));
                values.set(9, "<p>Команда " + random.nextInt(100_000) + ", офис " + random.nextInt(1000) + ".</p>" + values.get(9)
                        + "<p>Код вакансии " + i + ", отдел " + random.nextInt(500) + "</p>");
                StringBuilder line = new StringBuilder();
                for (int k = 0; k < values.size(); k++) {
                    line.append(k == 0 ? "" : ",").append('"').append(values.get(k).replace("\"", "\"\"")).append('"');
                }
                out.write(line.append('\n').toString());
            }
        }
        return file;
    }
}
