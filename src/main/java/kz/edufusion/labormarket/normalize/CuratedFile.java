package kz.edufusion.labormarket.normalize;

import kz.edufusion.common.csv.CsvRow;
import kz.edufusion.common.csv.CsvTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Reads one of the curated CSV files bundled under {@code labormarket/}; a missing or broken file stops start-up. */
final class CuratedFile {

    private CuratedFile() {
    }

    static List<CsvRow> rows(String resource, List<String> columns) {
        InputStream in = CuratedFile.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("bundled file " + resource + " is missing");
        }
        List<CsvRow> rows = new ArrayList<>();
        try (CsvTable table = CsvTable.open(in, columns)) {
            for (CsvRow row = table.next(); row != null; row = table.next()) {
                row.requireColumns(columns);
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
        return rows;
    }

    /** The values of a "|"-separated list column, trimmed, blanks left out. */
    static List<String> list(CsvRow row, String column) {
        String value = row.optional(column);
        if (value == null) {
            return List.of();
        }
        return java.util.Arrays.stream(value.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
