package kz.edufusion.labormarket.imports;

import java.io.IOException;
import java.io.InputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import kz.edufusion.common.csv.CsvReader;
import kz.edufusion.common.csv.CsvRow;
import kz.edufusion.common.csv.CsvTable;
import kz.edufusion.common.csv.ImportFailure;

/**
 * Any CSV read through a saved {@link ColumnMapping}: its delimiter, encoding, date format and the header name of
 * each field. The header must hold the columns of the required fields and of every field the mapping names.
 */
final class MappedCsvSource extends CsvVacancySource {

    private final ColumnMapping mapping;
    private final DateTimeFormatter dates;

    private MappedCsvSource(ColumnMapping mapping, DecodedInput input, CsvTable table, DateTimeFormatter dates) {
        // open() has checked that the required fields have columns
        super(input, table, mapping.columns().get(MappedField.SOURCE_ID), List.of(mapping.columns().get(MappedField.SOURCE_ID),
                mapping.columns().get(MappedField.TITLE), mapping.columns().get(MappedField.PUBLISHED_AT)));
        this.mapping = mapping;
        this.dates = dates;
    }

    static MappedCsvSource open(InputStream in, ColumnMapping mapping) throws IOException {
        for (MappedField field : MappedField.values()) {
            if (field.required() && !mapping.columns().containsKey(field)) {
                throw new ImportFailure("the mapping '" + mapping.name() + "' has no column for " + field.name().toLowerCase());
            }
        }
        DateTimeFormatter dates;
        try {
            dates = mapping.dateFormat() == null || mapping.dateFormat().isBlank() ? null : DateTimeFormatter.ofPattern(mapping.dateFormat());
        } catch (IllegalArgumentException e) {
            throw new ImportFailure("the mapping's date format '" + mapping.dateFormat() + "' is not a date pattern");
        }
        DecodedInput input = DecodedInput.open(in, mapping.encoding());
        CsvReader reader = new CsvReader(input.reader(), mapping.delimiter(), VacancyLimits.DESCRIPTION_HTML);
        List<String> columns = mapping.columns().values().stream().distinct().toList();
        return new MappedCsvSource(mapping, input, CsvTable.open(reader, columns), dates);
    }

    @Override
    RawVacancy vacancy(CsvRow row, String id) {
        return new RawVacancy(row.line(), mapping.source(), id, value(row, MappedField.TITLE),
                value(row, MappedField.DESCRIPTION), value(row, MappedField.CITY),
                FieldValues.number(column(MappedField.SALARY_FROM), value(row, MappedField.SALARY_FROM)),
                FieldValues.number(column(MappedField.SALARY_TO), value(row, MappedField.SALARY_TO)),
                value(row, MappedField.SALARY_CURRENCY),
                FieldValues.bool(column(MappedField.SALARY_GROSS), value(row, MappedField.SALARY_GROSS)),
                value(row, MappedField.SALARY_PERIOD), value(row, MappedField.EXPERIENCE),
                value(row, MappedField.SCHEDULE), value(row, MappedField.EMPLOYMENT), value(row, MappedField.EMPLOYER),
                FieldValues.tags(value(row, MappedField.TAGS)),
                FieldValues.date(column(MappedField.PUBLISHED_AT), value(row, MappedField.PUBLISHED_AT), dates),
                value(row, MappedField.URL), value(row, MappedField.LANGUAGE));
    }

    private String value(CsvRow row, MappedField field) {
        String column = mapping.columns().get(field);
        return column == null ? null : row.optional(column);
    }

    private String column(MappedField field) {
        return mapping.columns().get(field);
    }

    @Override
    public String source() {
        return mapping.source();
    }
}
