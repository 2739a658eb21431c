package kz.edufusion.common.export;

import java.util.ArrayList;
import java.util.List;

/**
 * A table to download: a file name (letters, digits and dashes), column headers as message keys (translated
 * at export time) and rows of cell values (String, Number, LocalDate or null), in display order.
 */
public record ExportTable(String name, List<String> headerKeys, List<List<Object>> rows) {

    public ExportTable {
        if (!name.matches("[a-z0-9-]{1,31}")) {
            throw new IllegalArgumentException("export name: " + name);
        }
        headerKeys = List.copyOf(headerKeys);
        rows = List.copyOf(rows);
    }

    public static Builder named(String name, String... headerKeys) {
        return new Builder(name, List.of(headerKeys));
    }

    /** Collects rows; each row must have one value per header. */
    public static final class Builder {

        private final String name;
        private final List<String> headers;
        private final List<List<Object>> rows = new ArrayList<>();

        private Builder(String name, List<String> headers) {
            this.name = name;
            this.headers = headers;
        }

        public Builder row(Object... values) {
            if (values.length != headers.size()) {
                throw new IllegalArgumentException(values.length + " values for " + headers.size() + " columns");
            }
            rows.add(java.util.Arrays.asList(values));
            return this;
        }

        public ExportTable build() {
            return new ExportTable(name, headers, rows);
        }
    }
}
