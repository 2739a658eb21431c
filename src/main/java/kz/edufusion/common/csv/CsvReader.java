package kz.edufusion.common.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming RFC 4180 reader: comma-separated, fields optionally in double quotes, a doubled quote
 * inside quotes is one quote, and quoted fields may hold commas and line breaks (ESCO descriptions do).
 * Records end at CRLF, LF or CR. It reads one record at a time, so a large file never sits in memory.
 * It judges only the quoting; whether a record has the right fields is the caller's business.
 */
public final class CsvReader implements AutoCloseable {

    private static final int EOF = -1;

    private final Reader in;
    private int pushedBack = -2;
    private long line = 1;
    private long recordLine;

    public CsvReader(Reader in) {
        this.in = in;
    }

    /** The next record, or null at the end of the input. A blank line is an empty record (no fields). */
    public List<String> next() throws IOException {
        recordLine = line;
        int c = read();
        if (c == EOF) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        if (endOfRecord(c)) {
            return fields;
        }
        StringBuilder field = new StringBuilder();
        while (true) {
            if (c == '"' && field.isEmpty()) {
                c = readQuoted(field);
            } else {
                while (c != ',' && c != EOF && !endOfRecord(c)) {
                    if (c == '"') {
                        throw new CsvFormatException(line, "quote inside an unquoted field");
                    }
                    field.append((char) c);
                    c = read();
                }
            }
            fields.add(field.toString());
            field.setLength(0);
            if (c != ',') {
                return fields;
            }
            c = read();
        }
    }

    /** The line on which the record last returned by {@link #next()} started (1-based, header is line 1). */
    public long recordLine() {
        return recordLine;
    }

    /** Reads a quoted field after its opening quote; returns the character after the closing quote. */
    private int readQuoted(StringBuilder field) throws IOException {
        long startLine = line;
        while (true) {
            int c = read();
            if (c == EOF) {
                throw new CsvFormatException(startLine, "quoted field is not closed");
            }
            if (c == '"') {
                int after = read();
                if (after != '"') {
                    if (after != ',' && after != EOF && !endOfRecord(after)) {
                        throw new CsvFormatException(line, "text after a closing quote");
                    }
                    return after;
                }
            } else if (c == '\r') {
                // a CRLF inside quotes is kept as a single LF so stored texts do not depend on the file's platform
                int after = read();
                if (after != '\n') {
                    unread(after);
                }
                line++;
                c = '\n';
            } else if (c == '\n') {
                line++;
            }
            field.append((char) c);
        }
    }

    /** True at CR, CRLF or LF (consuming the LF of a CRLF); counts the line. */
    private boolean endOfRecord(int c) throws IOException {
        if (c == '\n') {
            line++;
            return true;
        }
        if (c == '\r') {
            int after = read();
            if (after != '\n') {
                unread(after);
            }
            line++;
            return true;
        }
        return false;
    }

    private int read() throws IOException {
        if (pushedBack != -2) {
            int c = pushedBack;
            pushedBack = -2;
            return c;
        }
        return in.read();
    }

    private void unread(int c) {
        pushedBack = c;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
