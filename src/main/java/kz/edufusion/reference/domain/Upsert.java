package kz.edufusion.reference.domain;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Builds an idempotent upsert. The WHERE on the update leaves a row alone when nothing differs, so
 * re-importing the same file writes nothing and updated_at keeps telling when a row really changed.
 */
final class Upsert {

    private Upsert() {
    }

    static String sql(String table, String key, List<String> columns) {
        List<String> values = columns.stream().filter(c -> !c.equals(key)).toList();
        String set = values.stream().map(c -> c + " = EXCLUDED." + c).collect(Collectors.joining(", "));
        String current = values.stream().map(c -> "t." + c).collect(Collectors.joining(", "));
        String incoming = values.stream().map(c -> "EXCLUDED." + c).collect(Collectors.joining(", "));
        return "INSERT INTO reference." + table + " AS t (" + String.join(", ", columns) + ") VALUES ("
                + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")"
                + " ON CONFLICT (" + key + ") DO UPDATE SET " + set + ", updated_at = now()"
                + " WHERE (" + current + ") IS DISTINCT FROM (" + incoming + ")";
    }
}
