package kz.edufusion.common.csv;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes RFC 4180 CSV for people who open exports in Excel: UTF-8 with a byte order mark (without it Excel reads
 * Cyrillic and Kazakh letters as mojibake), CRLF line ends, and a field quoted when it holds a comma, a quote or a
 * line break, with quotes doubled. The counterpart of {@link CsvReader}, and the one CSV writer of every download
 * (the table exporter writes through it).
 */
public final class CsvWriter implements AutoCloseable {

    private final Writer out;

    private CsvWriter(Writer out) {
        this.out = out;
    }

    /** A writer that starts the stream with the UTF-8 byte order mark. */
    public static CsvWriter withBom(OutputStream stream) {
        CsvWriter writer = new CsvWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8));
        writer.write("\uFEFF");
        return writer;
    }

    public CsvWriter row(Object... fields) {
        return row(java.util.Arrays.asList(fields));
    }

    /** One record; null fields are written empty, decimals in plain notation (never 1E+3). */
    public CsvWriter row(List<?> fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(quote(text(fields.get(i))));
        }
        write(line.append("\r\n").toString());
        return this;
    }

    private static String text(Object field) {
        if (field == null) {
            return "";
        }
        return field instanceof BigDecimal decimal ? decimal.toPlainString() : field.toString();
    }

    static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    private void write(String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Flushes; the caller's stream (a response body) is left open for its owner to close. */
    @Override
    public void close() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
