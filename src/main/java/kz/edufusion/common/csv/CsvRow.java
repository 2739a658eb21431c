package kz.edufusion.common.csv;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One CSV record with its starting line; the accessors reject the row with a reason a person can act on.
 * {@code overlongField} is the index of a field the reader cut at its cap, or -1.
 */
public record CsvRow(long line, List<String> values, Map<String, Integer> columns, int overlongField) {

    public CsvRow(long line, List<String> values, Map<String, Integer> columns) {
        this(line, values, columns, -1);
    }

    /** The header name of the field the reader cut at its cap, or null when no field was too long. */
    public String overlongColumn() {
        if (overlongField < 0) {
            return null;
        }
        return columns.entrySet().stream().filter(e -> e.getValue() == overlongField).map(Map.Entry::getKey)
                .findFirst().orElse("#" + (overlongField + 1));
    }

    /** The trimmed value, or null when blank, when the header lacks the (optional) column or the row is too short. */
    public String optional(String column) {
        Integer index = columns.get(column);
        if (index == null || index >= values.size()) {
            return null;
        }
        String value = values.get(index).trim();
        return value.isEmpty() ? null : value;
    }

    public String required(String column) {
        String value = optional(column);
        if (value == null) {
            throw new RejectedRow("missing " + column);
        }
        return value;
    }

    public String matching(String column, Pattern format, String expected) {
        String value = required(column);
        if (!format.matcher(value).matches()) {
            throw new RejectedRow(column + " '" + value + "' is not " + expected);
        }
        return value;
    }

    /** A short row means a broken export (an unescaped quote or a lost field); its values cannot be trusted. */
    public void requireComplete() {
        if (values.size() < columns.size()) {
            throw new RejectedRow("expected at least " + columns.size() + " fields, found " + values.size());
        }
    }

    /**
     * A row must reach every column the file needs; a shorter row means a broken export (an unescaped quote or a
     * lost field). Trailing optional columns may be missing: ESCO's skillsHierarchy omits empty trailing codes.
     */
    public void requireColumns(java.util.List<String> required) {
        int width = required.stream().mapToInt(columns::get).max().orElse(-1) + 1;
        if (values.size() < width) {
            throw new RejectedRow("expected at least " + width + " fields, found " + values.size());
        }
    }
}
