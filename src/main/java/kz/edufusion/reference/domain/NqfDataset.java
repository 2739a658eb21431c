package kz.edufusion.reference.domain;

import kz.edufusion.common.csv.CsvRow;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcOperations;

/** Our own file of the 8 NQF levels with kk/ru/en names and short descriptions. */
final class NqfDataset implements Dataset {

    private static final Pattern LEVEL = Pattern.compile("[1-8]");
    private static final List<String> COLUMNS = List.of("level", "name_kk", "name_ru", "name_en",
            "description_kk", "description_ru", "description_en");

    @Override
    public String name() {
        return "nqf";
    }

    @Override
    public String file() {
        return "nqf_levels.csv";
    }

    @Override
    public String version() {
        return "Kazakhstan National Qualifications Framework";
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public String upsertSql() {
        return Upsert.sql("nqf_level", "level", COLUMNS);
    }

    @Override
    public Function<CsvRow, Object[]> converter(JdbcOperations jdbc) {
        return row -> new Object[] {
            Integer.valueOf(row.matching("level", LEVEL, "a level 1-8")),
            row.required("name_kk"), row.required("name_ru"), row.required("name_en"),
            row.required("description_kk"), row.required("description_ru"), row.required("description_en")};
    }
}
