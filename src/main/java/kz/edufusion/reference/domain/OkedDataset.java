package kz.edufusion.reference.domain;

import kz.edufusion.common.csv.CsvRow;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcOperations;

/**
 * Eurostat's NACE Rev.2 file, of which OKED keeps the sections and divisions. Only the English columns
 * are written, so kk/ru names curated by administrators survive a re-import.
 */
final class OkedDataset implements Dataset {

    private static final Pattern LEVEL = Pattern.compile("[1-4]");
    private static final Pattern SECTION = Pattern.compile("[A-U]");
    private static final Pattern DIVISION = Pattern.compile("[0-9]{2}");

    @Override
    public String name() {
        return "oked";
    }

    @Override
    public String file() {
        return "nace/nace_rev2.csv";
    }

    @Override
    public String version() {
        return "NACE Rev.2";
    }

    @Override
    public List<String> columns() {
        return List.of("Level", "Code", "Parent", "Description");
    }

    @Override
    public String upsertSql() {
        return Upsert.sql("economic_activity", "code", List.of("code", "level", "parent_code", "name_en"));
    }

    @Override
    public Function<CsvRow, Object[]> converter(JdbcOperations jdbc) {
        return row -> {
            int level = Integer.parseInt(row.matching("Level", LEVEL, "a NACE level 1-4"));
            if (level > 2) {
                return null;
            }
            String code = level == 1
                    ? row.matching("Code", SECTION, "a section letter A-U")
                    : row.matching("Code", DIVISION, "a two-digit division");
            String parent = level == 1 ? null : row.matching("Parent", SECTION, "a section letter A-U");
            return new Object[] {code, level, parent, row.required("Description")};
        };
    }
}
