package kz.edufusion.reference.domain;

import kz.edufusion.common.csv.CsvRow;
import kz.edufusion.common.csv.RejectedRow;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcOperations;

/**
 * ESCO's occupations file. An occupation must sit in a known ISCO unit group; checking that here turns
 * a foreign-key failure (which would abort the whole batch) into one rejected row with a reason.
 */
final class OccupationsDataset implements Dataset {

    private static final Pattern URI = Pattern.compile("https?://\\S+");
    private static final Pattern CODE = Pattern.compile("[0-9]{4}(\\.[0-9]+)+");
    private static final Pattern ISCO = Pattern.compile("[0-9]{4}");

    @Override
    public String name() {
        return "occupations";
    }

    @Override
    public String file() {
        return "esco-1.2/occupations_en.csv";
    }

    @Override
    public String version() {
        return "ESCO v1.2.0";
    }

    @Override
    public List<String> columns() {
        return List.of("conceptUri", "iscoGroup", "preferredLabel", "altLabels", "description", "code");
    }

    @Override
    public String upsertSql() {
        return Upsert.sql("occupation", "uri",
                List.of("uri", "code", "isco_code", "label_en", "alt_labels", "description_en"));
    }

    @Override
    public Function<CsvRow, Object[]> converter(JdbcOperations jdbc) {
        Set<String> iscoGroups = new HashSet<>(jdbc.queryForList("SELECT code FROM reference.isco_group", String.class));
        return row -> {
            String isco = row.matching("iscoGroup", ISCO, "a 4-digit ISCO-08 unit group");
            if (!iscoGroups.contains(isco)) {
                throw new RejectedRow("iscoGroup '" + isco + "' is not a known ISCO-08 group");
            }
            return new Object[] {row.matching("conceptUri", URI, "a URI"),
                row.matching("code", CODE, "an ESCO occupation code like 2512.4"), isco,
                row.required("preferredLabel"), row.optional("altLabels"), row.optional("description")};
        };
    }
}
