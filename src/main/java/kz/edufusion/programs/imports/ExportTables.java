package kz.edufusion.programs.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Rows of each table of the layout, in column order, ready to be written as a workbook or CSV files. */
public final class ExportTables {

    private final Map<Sheet, List<List<Object>>> rows = new EnumMap<>(Sheet.class);

    public ExportTables() {
        for (Sheet sheet : Sheet.values()) {
            rows.put(sheet, new ArrayList<>());
        }
    }

    public ExportTables add(Sheet sheet, Object... values) {
        if (values.length != sheet.columns().size()) {
            throw new IllegalArgumentException(values.length + " values for " + sheet.columns().size() + " columns of " + sheet);
        }
        rows.get(sheet).add(java.util.Arrays.asList(values));
        return this;
    }

    public List<List<Object>> rows(Sheet sheet) {
        return rows.get(sheet);
    }
}
