package kz.edufusion.common.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A table to download: a file name (letters, digits and dashes), column headers as message keys (translated
 * at export time) and rows of cell values (String, Number, LocalDate or null), in display order, one value per
 * header. Small tables are collected with {@link #named}; a table too large to hold in memory passes its rows as
 * {@link Rows} to the constructor, and they are read while the file is written.
 */
public record ExportTable(String name, List<String> headerKeys, Rows rows) {

    public ExportTable {
        if (!name.matches("[a-z0-9-]{1,31}")) {
            throw new IllegalArgumentException("export name: " + name);
        }
        headerKeys = List.copyOf(headerKeys);
        Objects.requireNonNull(rows, "rows");
    }

    public static Builder named(String name, String... headerKeys) {
        return new Builder(name, List.of(headerKeys));
    }

    /**
     * The rows, handed to the writer one at a time and in order, while it writes: a list's, an Iterable's or a
     * sequential Stream's {@code forEach}, or a query's row callback (push, so a JDBC result set needs no iterator).
     */
    @FunctionalInterface
    public interface Rows {
        void forEach(Consumer<List<?>> row);
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
            return new ExportTable(name, headers, List.copyOf(rows)::forEach);
        }
    }
}
