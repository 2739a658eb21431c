package kz.edufusion.reference.domain;

import kz.edufusion.common.csv.CsvRow;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcOperations;

/** Our own file of the 20 regions and cities with kk/ru/en names and administrative centres. */
final class RegionsDataset implements Dataset {

    private static final Pattern CODE = Pattern.compile("KZ-[0-9]{2}");
    private static final Pattern KIND = Pattern.compile("(?i)city|region");
    private static final List<String> COLUMNS = List.of("code", "kind", "name_kk", "name_ru", "name_en",
            "center_kk", "center_ru", "center_en");

    @Override
    public String name() {
        return "regions";
    }

    @Override
    public String file() {
        return "regions.csv";
    }

    @Override
    public String version() {
        return "Kazakhstan administrative division 2022";
    }

    @Override
    public List<String> columns() {
        return COLUMNS;
    }

    @Override
    public String upsertSql() {
        return Upsert.sql("region", "code", COLUMNS);
    }

    @Override
    public Function<CsvRow, Object[]> converter(JdbcOperations jdbc) {
        return row -> new Object[] {
            row.matching("code", CODE, "an ISO 3166-2:KZ code like KZ-75"),
            row.matching("kind", KIND, "city or region").toLowerCase(Locale.ROOT),
            row.required("name_kk"), row.required("name_ru"), row.required("name_en"),
            row.required("center_kk"), row.required("center_ru"), row.required("center_en")};
    }
}
