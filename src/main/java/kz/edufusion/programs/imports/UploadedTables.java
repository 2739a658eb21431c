package kz.edufusion.programs.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The tables of one upload, each present only when the file (or files) had it. */
public final class UploadedTables {

    private final Map<Sheet, List<UploadRow>> tables = new EnumMap<>(Sheet.class);

    public void add(Sheet sheet, List<UploadRow> rows) {
        if (tables.containsKey(sheet)) {
            throw new ImportRefused("programs.import.refused.duplicateTable", sheet.title());
        }
        tables.put(sheet, new ArrayList<>(rows));
    }

    public boolean has(Sheet sheet) {
        return tables.containsKey(sheet);
    }

    public List<UploadRow> rows(Sheet sheet) {
        return List.copyOf(tables.getOrDefault(sheet, List.of()));
    }

    public boolean isEmpty() {
        return tables.isEmpty();
    }
}
