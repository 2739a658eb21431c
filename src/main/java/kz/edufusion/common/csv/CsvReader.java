package kz.edufusion.common.csv;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A streaming RFC 4180 reader: comma-separated, fields optionally in double quotes, a doubled quote
 * inside quotes is one quote, and quoted fields may hold commas and line breaks (ESCO descriptions do).
 * Records end at CRLF, LF or CR. It reads one record at a time, so a large file never sits in memory.
 * It judges only the quoting; whether a record has the right fields is the caller's business. The delimiter can be
 * another character (semicolon and tab files come from spreadsheets), and a field can be capped: its characters past
 * the cap are read and dropped, so one huge field (a 10 MB HTML description) costs at most the cap in memory;
 * {@link #overlongField()} tells the caller which field of the record was cut.
 */
public final class CsvReader implements AutoCloseable {

    private static final int EOF = -1;

    private final Reader in;
    private final char delimiter;
    private final int maxFieldLength;
    private final char[] buffer = new char[1 << 14];
    private int position;
    private int limit;
    private int pushedBack = -2;
    private long line = 1;
    private long recordLine;
    private int overlongField = -1;

    public CsvReader(Reader in) {
        this(in, ',', Integer.MAX_VALUE);
    }

    public CsvReader(Reader in, char delimiter, int maxFieldLength) {
        if (delimiter == '"' || delimiter == '\r' || delimiter == '\n') {
            throw new IllegalArgumentException("a quote or a line break cannot separate fields");
        }
        this.in = in;
        this.delimiter = delimiter;
        this.maxFieldLength = maxFieldLength;
    }

    /** The next record, or null at the end of the input. A blank line is an empty record (no fields). */
    public List<String> next() throws IOException {
        recordLine = line;
        overlongField = -1;
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
                c = readQuoted(field, fields.size());
            } else {
                while (c != delimiter && c != EOF && !endOfRecord(c)) {
                    if (c == '"') {
                        throw new CsvFormatException(line, "quote inside an unquoted field");
                    }
                    append(field, c, fields.size());
                    c = read();
                }
            }
            fields.add(field.toString());
            field.setLength(0);
            if (c != delimiter) {
                return fields;
            }
            c = read();
        }
    }

    /** The line on which the record last returned by {@link #next()} started (1-based, header is line 1). */
    public long recordLine() {
        return recordLine;
    }

    /** The index of the first field of the last record that was longer than the cap (and cut), or -1. */
    public int overlongField() {
        return overlongField;
    }

    private void append(StringBuilder field, int c, int index) {
        if (field.length() < maxFieldLength) {
            field.append((char) c);
        } else if (overlongField < 0) {
            overlongField = index;
        }
    }

    /** Reads a quoted field after its opening quote; returns the character after the closing quote. */
    private int readQuoted(StringBuilder field, int index) throws IOException {
        long startLine = line;
        while (true) {
            int c = read();
            if (c == EOF) {
                throw new CsvFormatException(startLine, "quoted field is not closed");
            }
            if (c == '"') {
                int after = read();
                if (after != '"') {
                    if (after != delimiter && after != EOF && !endOfRecord(after)) {
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
            append(field, c, index);
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
        // an own buffer: Reader.read() per character takes a lock each time, which a million-row file feels
        if (position == limit) {
            limit = in.read(buffer, 0, buffer.length);
            position = 0;
            if (limit <= 0) {
                limit = 0;
                return EOF;
            }
        }
        return buffer[position++];
    }

    private void unread(int c) {
        pushedBack = c;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
