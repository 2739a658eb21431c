package kz.edufusion.programs.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Builds XLSX files for tests the way a coordinator's spreadsheet would hold them: sheets of header + rows. */
public final class Workbooks {

    private final Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();

    public Workbooks sheet(String name, List<String> header, List<List<Object>> rows) {
        List<List<Object>> all = new java.util.ArrayList<>();
        all.add(List.copyOf(header));
        all.addAll(rows);
        sheets.put(name, all);
        return this;
    }

    /** A sheet of the layout with all its columns; {@code rows} give values by column name. */
    public Workbooks table(Sheet sheet, List<Map<String, Object>> rows) {
        return sheet(sheet.title(), sheet.columns(), rows.stream()
                .map(r -> sheet.columns().stream().map(c -> r.get(c)).toList()).toList());
    }

    public byte[] bytes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        sheets.forEach((name, rows) -> {
            Worksheet ws = workbook.newWorksheet(name);
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof Number n) {
                        ws.value(r, c, n);
                    } else if (value != null) {
                        ws.value(r, c, value.toString());
                    }
                }
            }
        });
        workbook.finish();
        return out.toByteArray();
    }
}
