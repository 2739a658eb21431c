package kz.edufusion.programs.imports;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import kz.edufusion.common.csv.CsvWriter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes the layout: every table as a sheet of one XLSX workbook, or one table as CSV (UTF-8 with a byte order
 * mark, through the platform's CSV writer). Headers are the fixed column names the import reads, so what is
 * exported imports back unchanged. Dates and codes are written as text, so Excel never turns 6B06101 or a date
 * into a number.
 */
public final class WorkbookWriter {

    private WorkbookWriter() {
    }

    public static void xlsx(ExportTables tables, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "EduFusion", "1.0");
        for (Sheet sheet : Sheet.values()) {
            Worksheet ws = workbook.newWorksheet(sheet.title());
            List<String> columns = sheet.columns();
            for (int c = 0; c < columns.size(); c++) {
                ws.value(0, c, columns.get(c));
            }
            ws.range(0, 0, 0, columns.size() - 1).style().bold().set();
            int r = 0;
            for (List<Object> row : tables.rows(sheet)) {
                r++;
                for (int c = 0; c < row.size(); c++) {
                    Object value = row.get(c);
                    if (value instanceof Number number) {
                        ws.value(r, c, number);
                    } else if (value != null) {
                        ws.inlineString(r, c, value.toString());
                    }
                }
                if (r % 5000 == 0) {
                    ws.flush();
                }
            }
            // a flushed sheet holds the zip entry open: it must be finished before the next sheet writes
            ws.finish();
        }
        workbook.finish();
    }

    public static void csv(Sheet sheet, ExportTables tables, OutputStream out) {
        try (CsvWriter csv = CsvWriter.withBom(out)) {
            csv.row(sheet.columns());
            tables.rows(sheet).forEach(csv::row);
        }
    }

    /** One example row per table: what a coordinator fills in, in the shape the import expects. */
    public static ExportTables template() {
        return new ExportTables()
                .add(Sheet.PROGRAMS, "6B06101", "BACHELOR", "Есептеу техникасы және бағдарламалық қамтамасыз ету",
                        "Вычислительная техника и программное обеспечение", "Computer Engineering and Software", "B057",
                        "Bachelor of Engineering and Technology", 240, "kk;ru;en", "EXISTING", "IAAR", "2028-06-30",
                        "", "Software developer")
                .add(Sheet.OUTCOMES, "6B06101", "LO1", "Python және Java тілдерінде бағдарламалар жазады",
                        "Разрабатывает программы на Python и Java", "Develops software in Python and Java")
                .add(Sheet.DISCIPLINES, "6B06101", "PRG101", "Бағдарламалау негіздері", "Основы программирования",
                        "Programming fundamentals", "BD", "CORE", 5, "LO1")
                .add(Sheet.COHORTS, "6B06101", 2025, 120, 95);
    }
}
