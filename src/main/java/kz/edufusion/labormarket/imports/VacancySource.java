package kz.edufusion.labormarket.imports;

import java.io.IOException;

/**
 * A stream of vacancy rows read from a file one at a time, never the whole file. A file-level problem (missing
 * column, broken quoting, invalid JSON) is an {@link kz.edufusion.common.csv.ImportFailure} or
 * {@link kz.edufusion.common.csv.CsvFormatException}; a bad row is a rejected {@link SourceItem}.
 */
interface VacancySource extends AutoCloseable {

    /** The next row, or null at the end. */
    SourceItem next() throws IOException;

    /** The encoding the bytes were read in ("UTF-8", "windows-1251", ...). */
    String encoding();

    /** The source the vacancies are keyed by ("hh", or a mapping's source). */
    String source();

    long bytesRead();

    @Override
    void close() throws IOException;
}
