package kz.edufusion.reference.domain;

import kz.edufusion.common.csv.CsvRow;
import kz.edufusion.common.csv.RejectedRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Converts rows and sends them to the database in JDBC batches. A bad row becomes a rejection with its
 * line and reason; the good rows around it are still written. A key seen twice keeps its first row.
 */
final class RowBatcher {

    private static final int BATCH_SIZE = 500;

    private final JdbcTemplate jdbc;
    private final String sql;
    private final Function<CsvRow, Object[]> converter;
    private final List<Object[]> pending = new ArrayList<>(BATCH_SIZE);
    private final Map<Object, Long> seenKeys = new HashMap<>();
    private final List<DatasetResult.Rejection> rejections = new ArrayList<>();
    private int accepted;
    private int changed;

    RowBatcher(JdbcTemplate jdbc, String sql, Function<CsvRow, Object[]> converter) {
        this.jdbc = jdbc;
        this.sql = sql;
        this.converter = converter;
    }

    void add(CsvRow row) {
        Object[] parameters;
        try {
            row.requireComplete();
            parameters = converter.apply(row);
        } catch (RejectedRow | NumberFormatException e) {
            rejections.add(new DatasetResult.Rejection(row.line(), e.getMessage()));
            return;
        }
        if (parameters == null) {
            return;
        }
        Long firstLine = seenKeys.putIfAbsent(parameters[0], row.line());
        if (firstLine != null) {
            rejections.add(new DatasetResult.Rejection(row.line(), "duplicate key " + parameters[0]
                    + " (first on line " + firstLine + ")"));
            return;
        }
        pending.add(parameters);
        accepted++;
        if (pending.size() == BATCH_SIZE) {
            flush();
        }
    }

    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        for (int count : jdbc.batchUpdate(sql, pending)) {
            // an upsert whose WHERE found nothing different reports 0: the row was already current
            changed += Math.max(count, 0);
        }
        pending.clear();
    }

    int accepted() {
        return accepted;
    }

    int changed() {
        return changed;
    }

    List<DatasetResult.Rejection> rejections() {
        return List.copyOf(rejections);
    }
}
