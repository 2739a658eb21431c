package kz.edufusion.labormarket.imports;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A batch of vacancies column by column: one SQL array per stored column, which {@code unnest(...)} turns back into
 * rows, so that a whole batch is one INSERT or one UPDATE statement instead of one execution per row (each execution
 * costs the server a bind, a plan check and an executor start-up; see docs/benchmarks.md, "Vacancy import").
 */
final class VacancyColumns {

    private record Column(String name, String type, Function<PreparedVacancy, Object> value) {
    }

    /** The columns that an insert and an update both write, in this order; import_run_id is one parameter. */
    private static final List<Column> VALUES = List.of(
            new Column("title", "text", PreparedVacancy::title),
            new Column("description", "text", PreparedVacancy::description),
            new Column("language", "text", PreparedVacancy::language),
            new Column("city", "text", PreparedVacancy::city),
            new Column("region_code", "text", PreparedVacancy::regionCode),
            new Column("salary_from", "numeric", v -> plain(v.salaryFrom())),
            new Column("salary_to", "numeric", v -> plain(v.salaryTo())),
            new Column("salary_currency", "text", PreparedVacancy::salaryCurrency),
            new Column("salary_gross", "boolean", PreparedVacancy::salaryGross),
            new Column("salary_kzt_month", "numeric", v -> plain(v.salaryKztMonth())),
            new Column("experience", "text", PreparedVacancy::experience),
            new Column("schedule", "text", PreparedVacancy::schedule),
            new Column("employment", "text", PreparedVacancy::employment),
            new Column("employer_name", "text", PreparedVacancy::employerName),
            new Column("employer_key", "text", PreparedVacancy::employerKey),
            new Column("organization_id", "uuid", PreparedVacancy::organizationId),
            new Column("nace_section", "text", PreparedVacancy::naceSection),
            new Column("occupation_uri", "text", PreparedVacancy::occupationUri),
            new Column("isco_code", "text", PreparedVacancy::iscoCode),
            // an array per row cannot be an element of the unnested array: it travels as its literal and is cast back
            new Column("tags", "text", v -> arrayLiteral(v.tags())),
            new Column("url", "text", PreparedVacancy::url),
            new Column("published_at", "timestamptz", v -> v.publishedAt().toString()),
            new Column("published_month", "date", v -> v.publishedMonth().toString()),
            new Column("text_hash", "bigint", PreparedVacancy::textHash),
            new Column("content_hash", "bigint", PreparedVacancy::contentHash));

    private static final String NAMES = String.join(", ", VALUES.stream().map(Column::name).toList());
    private static final String SELECTED = String.join(", ",
            VALUES.stream().map(c -> c.name().equals("tags") ? "r.tags::text[]" : "r." + c.name()).toList());
    private static final String UNNESTED = String.join(", ", VALUES.stream().map(c -> "?::" + c.type() + "[]").toList());

    static final String INSERT = "INSERT INTO labormarket.vacancy (id, source, source_id, duplicate_of, " + NAMES
            + ", import_run_id) SELECT r.id, r.source, r.source_id, r.duplicate_of, " + SELECTED + ", ? "
            + "FROM unnest(?::bigint[], ?::text[], ?::text[], ?::bigint[], " + UNNESTED + ") "
            + "AS r(id, source, source_id, duplicate_of, " + NAMES + ")";
    static final String UPDATE = "UPDATE labormarket.vacancy v SET (" + NAMES + ", import_run_id, updated_at) = ("
            + SELECTED + ", ?, now()) FROM unnest(?::bigint[], " + UNNESTED + ") AS r(id, " + NAMES + ") WHERE v.id = r.id";

    private VacancyColumns() {
    }

    /** Sets the parameters of {@link #INSERT}: the run, then the new ids, source, source ids, duplicate_of and values. */
    static void insert(PreparedStatement ps, List<PreparedVacancy> rows, List<Long> ids, List<Long> duplicateOf, long runId)
            throws SQLException {
        Connection connection = ps.getConnection();
        ps.setLong(1, runId);
        ps.setArray(2, connection.createArrayOf("bigint", ids.toArray()));
        ps.setArray(3, connection.createArrayOf("text", rows.stream().map(PreparedVacancy::source).toArray()));
        ps.setArray(4, connection.createArrayOf("text", rows.stream().map(PreparedVacancy::sourceId).toArray()));
        ps.setArray(5, connection.createArrayOf("bigint", duplicateOf.toArray()));
        values(ps, rows, 6);
    }

    /** Sets the parameters of {@link #UPDATE}: the run, the stored ids, then the values. */
    static void update(PreparedStatement ps, List<PreparedVacancy> rows, List<Long> ids, long runId) throws SQLException {
        ps.setLong(1, runId);
        ps.setArray(2, ps.getConnection().createArrayOf("bigint", ids.toArray()));
        values(ps, rows, 3);
    }

    private static void values(PreparedStatement ps, List<PreparedVacancy> rows, int at) throws SQLException {
        for (int c = 0; c < VALUES.size(); c++) {
            Column column = VALUES.get(c);
            List<Object> values = new ArrayList<>(rows.size());
            for (PreparedVacancy row : rows) {
                values.add(column.value().apply(row));
            }
            // every element goes as text (the driver quotes it); the SQL casts the array to the column's type
            ps.setArray(at + c, ps.getConnection().createArrayOf("text",
                    values.stream().map(v -> v == null ? null : v.toString()).toArray()));
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.toPlainString();
    }

    /** {"a","b"}: every element quoted, quotes and backslashes escaped, as PostgreSQL reads an array literal. */
    static String arrayLiteral(List<String> values) {
        StringBuilder literal = new StringBuilder("{");
        for (String value : values) {
            if (literal.length() > 1) {
                literal.append(',');
            }
            literal.append('"').append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return literal.append('}').toString();
    }
}
