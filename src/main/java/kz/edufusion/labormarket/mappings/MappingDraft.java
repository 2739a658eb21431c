package kz.edufusion.labormarket.mappings;

import java.util.Map;
import kz.edufusion.labormarket.imports.MappedField;

/**
 * A column mapping as an administrator enters it, before it is checked: {@code delimiter} as typed (one character,
 * or "\t" / "tab" for a tab), {@code columns} with blank headers for unmapped fields, {@code dateFormat} blank for
 * ISO-8601.
 */
public record MappingDraft(String name, String source, String delimiter, String encoding,
        Map<MappedField, String> columns, String dateFormat) {

    public MappingDraft {
        columns = columns == null ? Map.of() : columns;
    }
}
