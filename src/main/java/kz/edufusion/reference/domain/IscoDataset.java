package kz.edufusion.reference.domain;

import kz.edufusion.common.csv.CsvRow;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcOperations;

/**
 * ESCO's ISCO-08 groups file. The parent is derived from the code (ISCO codes nest by prefix), which
 * saves reading ESCO's separate hierarchy file. Only English columns are written.
 */
final class IscoDataset implements Dataset {

    private static final Pattern CODE = Pattern.compile("[0-9]{1,4}");
    private static final Pattern URI = Pattern.compile("https?://\\S+");

    @Override
    public String name() {
        return "isco";
    }

    @Override
    public String file() {
        return "esco-1.2/ISCOGroups_en.csv";
    }

    @Override
    public String version() {
        return "ESCO v1.2.0";
    }

    @Override
    public List<String> columns() {
        return List.of("conceptUri", "code", "preferredLabel", "description");
    }

    @Override
    public String upsertSql() {
        return Upsert.sql("isco_group", "code", List.of("code", "uri", "parent_code", "label_en", "description_en"));
    }

    @Override
    public Function<CsvRow, Object[]> converter(JdbcOperations jdbc) {
        return row -> {
            String code = row.matching("code", CODE, "an ISCO-08 code of 1 to 4 digits");
            String parent = code.length() == 1 ? null : code.substring(0, code.length() - 1);
            return new Object[] {code, row.matching("conceptUri", URI, "a URI"), parent,
                row.required("preferredLabel"), row.optional("description")};
        };
    }
}
