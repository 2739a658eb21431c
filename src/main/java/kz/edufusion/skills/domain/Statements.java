package kz.edufusion.skills.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Collects the writes of accepted rows and sends them as JDBC batches, one batch per SQL text, earlier
 * stages first. The upserts answer 0 for a row that was already current, so {@link #changed()} counts
 * only real writes.
 */
final class Statements {

    private static final int BATCH_SIZE = 500;

    private final JdbcTemplate jdbc;
    private final TreeMap<Integer, Map<String, List<Object[]>>> pending = new TreeMap<>();
    private int queued;
    private int changed;

    Statements(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void addAll(List<Stmt> statements) {
        for (Stmt statement : statements) {
            pending.computeIfAbsent(statement.stage(), s -> new LinkedHashMap<>())
                    .computeIfAbsent(statement.sql(), s -> new ArrayList<>()).add(statement.parameters());
            queued++;
        }
        if (queued >= BATCH_SIZE) {
            flush();
        }
    }

    void flush() {
        for (Map<String, List<Object[]>> stage : pending.values()) {
            for (Map.Entry<String, List<Object[]>> batch : stage.entrySet()) {
                if (!batch.getValue().isEmpty()) {
                    for (int count : jdbc.batchUpdate(batch.getKey(), batch.getValue())) {
                        changed += Math.max(count, 0);
                    }
                }
            }
        }
        pending.clear();
        queued = 0;
    }

    int changed() {
        return changed;
    }
}
