package kz.edufusion.labormarket.mappings;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import kz.edufusion.labormarket.imports.ColumnMapping;
import kz.edufusion.labormarket.imports.MappedField;

/** Checks a draft and turns it into the mapping the importer reads (trimmed, tab decoded, charset canonical). */
final class MappingRules {

    static final int MAX_NAME = 100;
    static final int MAX_HEADER = 200;
    static final int MAX_DATE_FORMAT = 60;
    private static final Pattern SOURCE = Pattern.compile("[a-z0-9][a-z0-9_-]{0,31}");

    private MappingRules() {
    }

    /** The checked mapping (id 0 until stored), or {@link InvalidMapping} naming every field at fault. */
    static ColumnMapping check(long id, MappingDraft draft) {
        Map<String, String> errors = new LinkedHashMap<>();
        String name = strip(draft.name());
        if (name == null || name.length() > MAX_NAME) {
            errors.put("name", "lm.mappings.error.name");
        }
        String source = strip(draft.source());
        if (source == null || !SOURCE.matcher(source).matches()) {
            errors.put("source", "lm.mappings.error.source");
        }
        Character delimiter = delimiter(draft.delimiter());
        if (delimiter == null) {
            errors.put("delimiter", "lm.mappings.error.delimiter");
        }
        String encoding = encoding(strip(draft.encoding()));
        if (encoding == null) {
            errors.put("encoding", "lm.mappings.error.encoding");
        }
        String dateFormat = strip(draft.dateFormat());
        if (dateFormat != null && !validDateFormat(dateFormat)) {
            errors.put("dateFormat", "lm.mappings.error.dateFormat");
        }
        Map<MappedField, String> columns = new EnumMap<>(MappedField.class);
        for (MappedField field : MappedField.values()) {
            String header = strip(draft.columns().get(field));
            if (header == null && field.required()) {
                errors.put("columns." + field.name(), "lm.mappings.error.required");
            } else if (header != null && header.length() > MAX_HEADER) {
                errors.put("columns." + field.name(), "lm.mappings.error.header");
            } else if (header != null) {
                columns.put(field, header);
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidMapping(errors);
        }
        return new ColumnMapping(id, name, source, delimiter, encoding, columns, dateFormat);
    }

    /** One character other than a quote or a line break; "\t" or "tab" for a tab. */
    static Character delimiter(String text) {
        if (text == null) {
            return null;
        }
        if (text.equals("\\t") || text.equalsIgnoreCase("tab")) {
            return '\t';
        }
        if (text.length() != 1 || "\"\r\n".indexOf(text.charAt(0)) >= 0) {
            return null;
        }
        return text.charAt(0);
    }

    private static String encoding(String text) {
        if (text == null) {
            return null;
        }
        if (text.equalsIgnoreCase("auto")) {
            return "auto";
        }
        try {
            return Charset.isSupported(text) ? Charset.forName(text).name() : null;
        } catch (IllegalCharsetNameException e) {
            return null;
        }
    }

    private static boolean validDateFormat(String pattern) {
        if (pattern.length() > MAX_DATE_FORMAT) {
            return false;
        }
        try {
            DateTimeFormatter.ofPattern(pattern, Locale.ROOT);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
