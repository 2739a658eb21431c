package kz.edufusion.labormarket.imports;

import java.util.Map;

/**
 * A saved description of somebody else's CSV layout: which header column holds each vacancy field. Keys of
 * {@code columns} are the field names of {@link MappedField}; values are header names of the file.
 * {@code encoding} is "auto" (UTF-8, else windows-1251) or a charset name; {@code source} names the vacancies'
 * origin (lower case, e.g. "enbek"), which with the source id keys them; {@code dateFormat} is a
 * {@link java.time.format.DateTimeFormatter} pattern, or null for ISO-8601.
 */
public record ColumnMapping(long id, String name, String source, char delimiter, String encoding,
        Map<MappedField, String> columns, String dateFormat) {

    public ColumnMapping {
        columns = Map.copyOf(columns);
    }
}
