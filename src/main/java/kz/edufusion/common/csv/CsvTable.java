package kz.edufusion.common.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV file read by column name. The header is checked once against the columns a dataset needs, so a
 * file from another publisher version fails before any row is written; extra columns are ignored.
 */
public final class CsvTable implements AutoCloseable {

    private final CsvReader reader;
    private final Map<String, Integer> columns;

    private CsvTable(CsvReader reader, Map<String, Integer> columns) {
        this.reader = reader;
        this.columns = columns;
    }

    public static CsvTable open(InputStream in, List<String> required) throws IOException {
        return open(new CsvReader(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)), required);
    }

    /** A table over a reader the caller configured (decoded text, delimiter, field cap). */
    public static CsvTable open(CsvReader reader, List<String> required) throws IOException {
        try {
            List<String> header = reader.next();
            if (header == null) {
                throw new ImportFailure("the file is empty");
            }
            Map<String, Integer> columns = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                // Excel and some publishers start UTF-8 files with a byte order mark
                String name = (i == 0 ? header.get(i).replace("\uFEFF", "") : header.get(i)).trim();
                columns.putIfAbsent(name, i);
            }
            List<String> missing = required.stream().filter(c -> !columns.containsKey(c)).toList();
            if (!missing.isEmpty()) {
                throw new ImportFailure("missing column(s) " + String.join(", ", missing) + " in the header");
            }
            return new CsvTable(reader, columns);
        } catch (IOException | RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    /** The next non-blank row, or null at the end. */
    public CsvRow next() throws IOException {
        List<String> values;
        do {
            values = reader.next();
        } while (values != null && values.isEmpty());
        return values == null ? null : new CsvRow(reader.recordLine(), values, columns, reader.overlongField());
    }

    /** Whether the header has the column (optional columns of a layout). */
    public boolean hasColumn(String column) {
        return columns.containsKey(column);
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
