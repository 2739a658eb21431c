package kz.edufusion.academy.records;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The statement table. Writing is idempotent by statement id; reading pages newest stored first by (stored, id), each
 * filter served by its own index. A reader who is not an administrator sees only statements about themselves and
 * statements of courses they own (the scope is part of the query, so a page never holds foreign rows).
 */
@Repository
class StatementStore {

    private static final int DOWNLOAD_FETCH_SIZE = 500;

    private final JdbcClient jdbc;
    private final JdbcClient streaming;
    private final ObjectMapper json;

    StatementStore(JdbcClient jdbc, javax.sql.DataSource dataSource, ObjectMapper json) {
        this.jdbc = jdbc;
        // the download reads with a cursor of 500 rows (inside its read-only transaction), so a store of millions of
        // statements streams instead of being loaded whole by the driver
        org.springframework.jdbc.core.JdbcTemplate template = new org.springframework.jdbc.core.JdbcTemplate(dataSource);
        template.setFetchSize(DOWNLOAD_FETCH_SIZE);
        this.streaming = JdbcClient.create(template);
        this.json = json;
    }

    /** Stores the statement unless one with its id exists; false when it did. */
    boolean insert(Statement s) {
        Instant stored = Instant.now().truncatedTo(ChronoUnit.MICROS);
        ObjectNode body = s.json().deepCopy();
        body.put("stored", stored.toString());
        return jdbc.sql("INSERT INTO academy.xapi_statement (id, actor_person_id, verb_id, object_id, course_id, registration, "
                        + "parent_id, result_success, result_completion, result_scaled, \"timestamp\", stored, statement) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb) ON CONFLICT (id) DO NOTHING")
                .params(s.id(), s.actor(), s.verb().iri(), s.objectId(), s.courseId(), s.registration(), s.parentId(), s.success(),
                        s.completion(), s.scaled(), Timestamp.from(s.timestamp()), Timestamp.from(stored), body.toString())
                .update() == 1;
    }

    /** One page (limit + 1 rows are read to know whether there is more). */
    List<StoredStatement> page(StatementFilter filter, UUID scopePerson) {
        List<StoredStatement> rows = new ArrayList<>();
        query(jdbc, filter, scopePerson, filter.limit() + 1, rows::add);
        return rows;
    }

    /** Every matching statement, newest first, handed over one by one while the rows are read. */
    void each(StatementFilter filter, UUID scopePerson, Consumer<StoredStatement> row) {
        query(streaming, filter, scopePerson, null, row);
    }

    private static void query(JdbcClient client, StatementFilter f, UUID scopePerson, Integer limit,
            Consumer<StoredStatement> row) {
        StringBuilder sql = new StringBuilder("SELECT s.id, s.stored, s.statement::text FROM academy.xapi_statement s WHERE true");
        Map<String, Object> params = new LinkedHashMap<>();
        if (scopePerson != null) {
            sql.append(" AND (s.actor_person_id = :me OR s.course_id IN (SELECT c.id FROM academy.course c WHERE c.owner_id = :me))");
            params.put("me", scopePerson);
        }
        if (f.agent() != null) {
            sql.append(" AND s.actor_person_id = :agent");
            params.put("agent", f.agent());
        }
        if (f.verb() != null) {
            sql.append(" AND s.verb_id = :verb");
            params.put("verb", f.verb());
        }
        if (f.activity() != null) {
            sql.append(" AND s.object_id = :activity");
            params.put("activity", f.activity());
        }
        if (f.registration() != null) {
            sql.append(" AND s.registration = :registration");
            params.put("registration", f.registration());
        }
        if (f.since() != null) {
            sql.append(" AND s.stored > :since");
            params.put("since", Timestamp.from(f.since()));
        }
        if (f.until() != null) {
            sql.append(" AND s.stored <= :until");
            params.put("until", Timestamp.from(f.until()));
        }
        if (f.beforeStored() != null) {
            sql.append(" AND (s.stored, s.id) < (:beforeStored, :beforeId)");
            params.put("beforeStored", Timestamp.from(f.beforeStored()));
            params.put("beforeId", f.beforeId());
        }
        sql.append(" ORDER BY s.stored DESC, s.id DESC");
        if (limit != null) {
            sql.append(" LIMIT ").append(limit);
        }
        JdbcClient.StatementSpec spec = client.sql(sql.toString());
        for (Map.Entry<String, Object> p : params.entrySet()) {
            spec = spec.param(p.getKey(), p.getValue());
        }
        spec.query((org.springframework.jdbc.core.RowCallbackHandler) rs -> {
            row.accept(new StoredStatement(rs.getObject(1, UUID.class), rs.getTimestamp(2).toInstant(), rs.getString(3)));
        });
    }

    ObjectNode parse(String statement) {
        try {
            return (ObjectNode) json.readTree(statement);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("stored statement is not JSON", e);
        }
    }

    /** A stored statement: its id and stored time (the page cursor) and its JSON as stored. */
    record StoredStatement(UUID id, Instant stored, String json) {
    }
}
