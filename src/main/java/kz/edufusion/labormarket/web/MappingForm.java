package kz.edufusion.labormarket.web;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.edufusion.labormarket.imports.ColumnMapping;
import kz.edufusion.labormarket.imports.MappedField;
import kz.edufusion.labormarket.mappings.MappingDraft;

/** The column mapping form; {@code columns} is keyed by {@link MappedField} name. The rules live in the service. */
public class MappingForm {

    private String name;
    private String source;
    private String delimiter = ",";
    private String encoding = "auto";
    private String dateFormat;
    private Map<String, String> columns = new LinkedHashMap<>();

    static MappingForm of(ColumnMapping mapping) {
        MappingForm form = new MappingForm();
        form.name = mapping.name();
        form.source = mapping.source();
        form.delimiter = mapping.delimiter() == '\t' ? "\\t" : String.valueOf(mapping.delimiter());
        form.encoding = mapping.encoding();
        form.dateFormat = mapping.dateFormat();
        mapping.columns().forEach((field, header) -> form.columns.put(field.name(), header));
        return form;
    }

    MappingDraft draft() {
        Map<MappedField, String> byField = new EnumMap<>(MappedField.class);
        for (MappedField field : MappedField.values()) {
            String header = columns.get(field.name());
            if (header != null) {
                byField.put(field, header);
            }
        }
        return new MappingDraft(name, source, delimiter, encoding, byField, dateFormat);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public String getDelimiter() {
        return delimiter;
    }

    public void setDelimiter(String delimiter) {
        this.delimiter = delimiter;
    }

    public String getEncoding() {
        return encoding;
    }

    public void setEncoding(String encoding) {
        this.encoding = encoding;
    }

    public String getDateFormat() {
        return dateFormat;
    }

    public void setDateFormat(String dateFormat) {
        this.dateFormat = dateFormat;
    }

    public Map<String, String> getColumns() {
        return columns;
    }

    public void setColumns(Map<String, String> columns) {
        this.columns = columns;
    }
}
