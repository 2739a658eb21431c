package kz.edufusion.reference.domain;

import kz.edufusion.common.csv.CsvRow;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcOperations;

/** Our own file of the 12 fields of education (01-12) in kk/ru/en. */
final class FieldsDataset implements Dataset {

    private static final Pattern CODE = Pattern.compile("0[1-9]|1[0-2]");
    private static final List<String> COLUMNS = List.of("code", "name_kk", "name_ru", "name_en");

    @Override
    public String name() {
        return "fields";
    }

    @Override
    public String file() {
        return "fields_of_education.csv";
    }

    @Override
    public String version() {
        return "Kazakhstan classifier of fields of education 2018";
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public String upsertSql() {
        return Upsert.sql("field_of_education", "code", COLUMNS);
    }

    @Override
    public Function<CsvRow, Object[]> converter(JdbcOperations jdbc) {
        return row -> new Object[] {
            row.matching("code", CODE, "a two-digit field code 01-12"),
            row.required("name_kk"), row.required("name_ru"), row.required("name_en")};
    }
}
