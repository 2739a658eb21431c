package kz.edufusion.common.export;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import kz.edufusion.common.csv.CsvWriter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Writes any {@link ExportTable} as CSV or XLSX with headers in the reader's language, reading the rows while it
 * writes. CSV goes through {@link CsvWriter} (UTF-8 with a byte order mark, RFC 4180 quoting, CRLF lines); XLSX
 * is written by fastexcel's streaming writer, flushed every few thousand rows, so neither holds the file in memory.
 */
@Component
public class TableExporter {

    private static final int FLUSH_EVERY = 5000;

    private final MessageSource messages;

    public TableExporter(MessageSource messages) {
        this.messages = messages;
    }

    /**
     * Streams the table into the response as an attachment, in the request's thread (an asynchronous body
     * would make Spring Session save the session a second time from another thread).
     */
    public void download(ExportTable table, ExportFormat format, Locale locale, HttpServletResponse response)
            throws IOException {
        List<String> headers = table.headerKeys().stream().map(key -> messages.getMessage(key, null, key, locale)).toList();
        response.setContentType(format.mediaType().toString());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(table.name() + "." + format.extension()).build().toString());
        OutputStream out = response.getOutputStream();
        if (format == ExportFormat.CSV) {
            csv(headers, table.rows(), out);
        } else {
            xlsx(table.name(), headers, table.rows(), out);
        }
        out.flush();
    }

    static void csv(List<String> headers, ExportTable.Rows rows, OutputStream out) {
        try (CsvWriter csv = CsvWriter.withBom(out)) {
            csv.row(headers);
            rows.forEach(row -> csv.row(checked(row, headers)));
        }
    }

    static void xlsx(String name, List<String> headers, ExportTable.Rows rows, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "EduFusion", "1.0");
        Worksheet sheet = workbook.newWorksheet(name);
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, headers.get(c));
        }
        sheet.range(0, 0, 0, headers.size() - 1).style().bold().set();
        int[] written = {0};
        rows.forEach(row -> {
            int r = ++written[0];
            List<?> cells = checked(row, headers);
            for (int c = 0; c < cells.size(); c++) {
                cell(sheet, r, c, cells.get(c));
            }
            if (r % FLUSH_EVERY == 0) {
                flush(sheet);
            }
        });
        workbook.finish();
    }

    /** A row of another width is a bug of the table's author; caught here as streamed rows skip the builder. */
    private static List<?> checked(List<?> row, List<String> headers) {
        if (row.size() != headers.size()) {
            throw new IllegalArgumentException(row.size() + " values for " + headers.size() + " columns");
        }
        return row;
    }

    private static void flush(Worksheet sheet) {
        try {
            sheet.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Text goes inline into the sheet: fastexcel keeps its shared-strings table in memory until the workbook
     * ends, which for a million distinct strings (a bad import's rejections) exhausts the heap.
     */
    private static void cell(Worksheet sheet, int r, int c, Object value) {
        if (value instanceof Number number) {
            sheet.value(r, c, number);
        } else if (value instanceof LocalDate date) {
            sheet.value(r, c, date);
            sheet.style(r, c).format("yyyy-mm-dd").set();
        } else if (value != null) {
            sheet.inlineString(r, c, value.toString());
        }
    }
}
