package kz.edufusion.common.export;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Writes any {@link ExportTable} as CSV or XLSX with headers in the reader's language. CSV is UTF-8 with a
 * byte order mark (without it Excel reads Cyrillic as Windows-1251) and RFC 4180 quoting with CRLF lines;
 * XLSX is written by fastexcel's streaming writer, flushed every few thousand rows.
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

    static void csv(List<String> headers, List<List<Object>> rows, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        line(writer, headers);
        for (List<Object> row : rows) {
            line(writer, row);
        }
        writer.flush();
    }

    private static void line(Writer writer, List<?> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                writer.write(',');
            }
            writer.write(quoted(text(cells.get(i))));
        }
        writer.write("\r\n");
    }

    /** RFC 4180: a field with a comma, quote or line break is quoted, and its quotes doubled. */
    static String quoted(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return value.toString();
    }

    static void xlsx(String name, List<String> headers, List<List<Object>> rows, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "EduFusion", "1.0");
        Worksheet sheet = workbook.newWorksheet(name);
        for (int c = 0; c < headers.size(); c++) {
            sheet.value(0, c, headers.get(c));
        }
        sheet.range(0, 0, 0, headers.size() - 1).style().bold().set();
        for (int r = 0; r < rows.size(); r++) {
            List<Object> row = rows.get(r);
            for (int c = 0; c < row.size(); c++) {
                cell(sheet, r + 1, c, row.get(c));
            }
            if ((r + 1) % FLUSH_EVERY == 0) {
                sheet.flush();
            }
        }
        workbook.finish();
    }

    private static void cell(Worksheet sheet, int r, int c, Object value) {
        if (value instanceof Number number) {
            sheet.value(r, c, number);
        } else if (value instanceof LocalDate date) {
            sheet.value(r, c, date);
            sheet.style(r, c).format("yyyy-mm-dd").set();
        } else if (value != null) {
            sheet.value(r, c, value.toString());
        }
    }
}
