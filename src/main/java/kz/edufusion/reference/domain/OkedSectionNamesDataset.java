package kz.edufusion.reference.domain;

import kz.edufusion.common.csv.CsvRow;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcOperations;

/**
 * Kazakh and Russian names of the 21 OKED sections (the national classifier's own wording of NACE Rev.2
 * sections), curated for this project because Eurostat publishes NACE in English only. It runs after
 * {@link OkedDataset} and writes only the kk/ru names of sections that exist; a section it names that the NACE
 * file lacks is rejected, never invented.
 */
final class OkedSectionNamesDataset implements Dataset {

    private static final Pattern SECTION = Pattern.compile("[A-U]");

    @Override
    public String name() {
        return "oked-section-names";
    }

    @Override
    public String file() {
        return "nace/oked_sections.csv";
    }

    @Override
    public String version() {
        return "OKED sections kk/ru (curated)";
    }

    @Override
    public List<String> columns() {
        return List.of("code", "name_kk", "name_ru");
    }

    @Override
    public String upsertSql() {
        // an UPDATE in upsert form: the importer's batches expect one statement per row, keyed by the code
        return "UPDATE reference.economic_activity AS t SET name_kk = v.kk, name_ru = v.ru, updated_at = now()"
                + " FROM (SELECT ?::varchar AS code, ?::text AS kk, ?::text AS ru) v"
                + " WHERE t.code = v.code AND t.level = 1 AND (t.name_kk, t.name_ru) IS DISTINCT FROM (v.kk, v.ru)";
    }

    @Override
    public Function<CsvRow, Object[]> converter(JdbcOperations jdbc) {
        return row -> {
            String code = row.matching("code", SECTION, "a section letter A-U");
            Integer known = jdbc.queryForObject(
                    "SELECT count(*) FROM reference.economic_activity WHERE code = ? AND level = 1", Integer.class, code);
            if (known == null || known == 0) {
                throw new kz.edufusion.common.csv.RejectedRow("section " + code + " is not in the NACE file");
            }
            return new Object[] {code, row.required("name_kk"), row.required("name_ru")};
        };
    }
}
