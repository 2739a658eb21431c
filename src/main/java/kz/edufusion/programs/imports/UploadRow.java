package kz.edufusion.programs.imports;

import java.util.Map;

/** One data row of an uploaded table: its sheet, its row number as the spreadsheet shows it, values by column. */
public record UploadRow(Sheet sheet, int number, Map<String, String> values) {

    public UploadRow {
        values = Map.copyOf(values);
    }

    /** The trimmed value, or null when blank. */
    public String get(String column) {
        String value = values.get(column);
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
