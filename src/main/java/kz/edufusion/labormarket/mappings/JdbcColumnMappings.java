package kz.edufusion.labormarket.mappings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import kz.edufusion.labormarket.imports.ColumnMapping;
import kz.edufusion.labormarket.imports.ColumnMappings;
import kz.edufusion.labormarket.imports.MappedField;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The saved column mappings in {@code labormarket.column_mapping}; {@code columns} is a JSON object field -> header. */
@Repository
class JdbcColumnMappings implements ColumnMappings {

    private static final String SELECT = "SELECT id, name, source, delimiter, encoding, columns::text AS columns, date_format "
            + "FROM labormarket.column_mapping ";
    private static final TypeReference<Map<String, String>> COLUMNS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    JdbcColumnMappings(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    public Optional<ColumnMapping> find(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + "WHERE lower(name) = lower(?)").param(name.strip()).query(this::mapping).optional();
    }

    @Override
    public Optional<ColumnMapping> find(long id) {
        return jdbc.sql(SELECT + "WHERE id = ?").param(id).query(this::mapping).optional();
    }

    @Override
    public List<ColumnMapping> all() {
        return jdbc.sql(SELECT + "ORDER BY lower(name)").query(this::mapping).list();
    }

    String columnsJson(Map<MappedField, String> columns) {
        try {
            return json.writeValueAsString(columns);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private ColumnMapping mapping(ResultSet rs, int row) throws SQLException {
        Map<MappedField, String> columns = new EnumMap<>(MappedField.class);
        try {
            for (var entry : json.readValue(rs.getString("columns"), COLUMNS).entrySet()) {
                // a field removed from MappedField in a later version is dropped rather than breaking the list
                java.util.Arrays.stream(MappedField.values()).filter(f -> f.name().equals(entry.getKey())).findFirst()
                        .ifPresent(field -> columns.put(field, entry.getValue()));
            }
        } catch (JsonProcessingException e) {
            throw new SQLException("column_mapping " + rs.getLong("id") + " has unreadable columns", e);
        }
        return new ColumnMapping(rs.getLong("id"), rs.getString("name"), rs.getString("source"),
                rs.getString("delimiter").charAt(0), rs.getString("encoding"), columns, rs.getString("date_format"));
    }
}
