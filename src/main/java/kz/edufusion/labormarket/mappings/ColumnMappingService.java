package kz.edufusion.labormarket.mappings;

import java.util.UUID;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.AuditLog;
import kz.edufusion.labormarket.imports.ColumnMapping;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates, changes and deletes saved column mappings after {@link MappingRules}, each audited in its transaction. */
@Service
@Transactional
class ColumnMappingService implements ColumnMappingAdmin {

    private final JdbcClient jdbc;
    private final JdbcColumnMappings mappings;
    private final AuditLog audit;

    ColumnMappingService(JdbcClient jdbc, JdbcColumnMappings mappings, AuditLog audit) {
        this.jdbc = jdbc;
        this.mappings = mappings;
        this.audit = audit;
    }

    @Override
    public ColumnMapping create(MappingDraft draft, UUID actor) {
        ColumnMapping checked = MappingRules.check(0, draft);
        requireFreeName(checked.name(), 0);
        long id;
        try {
            id = jdbc.sql("""
                    INSERT INTO labormarket.column_mapping (name, source, delimiter, encoding, columns, date_format, created_by)
                    VALUES (:name, :source, :delimiter, :encoding, CAST(:columns AS jsonb), :dateFormat, :actor) RETURNING id""")
                    .params(parameters(checked)).param("actor", actor).query(Long.class).single();
        } catch (DuplicateKeyException e) {
            // another administrator saved the same name between the check and the insert
            throw nameTaken(checked.name());
        }
        audit.record("labormarket.mapping.create", "column_mapping", id, describe(checked));
        return mappings.find(id).orElseThrow();
    }

    @Override
    public ColumnMapping update(long id, MappingDraft draft) {
        ColumnMapping checked = MappingRules.check(id, draft);
        requireFreeName(checked.name(), id);
        int updated;
        try {
            updated = jdbc.sql("""
                    UPDATE labormarket.column_mapping SET name = :name, source = :source, delimiter = :delimiter,
                        encoding = :encoding, columns = CAST(:columns AS jsonb), date_format = :dateFormat, updated_at = now()
                    WHERE id = :id""").params(parameters(checked)).param("id", id).update();
        } catch (DuplicateKeyException e) {
            throw nameTaken(checked.name());
        }
        if (updated == 0) {
            throw DomainProblem.notFound("lm.mappings.notFound");
        }
        audit.record("labormarket.mapping.update", "column_mapping", id, describe(checked));
        return mappings.find(id).orElseThrow();
    }

    @Override
    public void delete(long id) {
        String name;
        try {
            name = jdbc.sql("DELETE FROM labormarket.column_mapping WHERE id = ? RETURNING name").param(id)
                    .query(String.class).optional().orElseThrow(() -> DomainProblem.notFound("lm.mappings.notFound"));
        } catch (DataIntegrityViolationException e) {
            // import runs that were read through the mapping may refer to it
            throw DomainProblem.conflict("lm.mappings.inUse");
        }
        audit.record("labormarket.mapping.delete", "column_mapping", id, name);
    }

    private void requireFreeName(String name, long id) {
        if (jdbc.sql("SELECT count(*) FROM labormarket.column_mapping WHERE lower(name) = lower(?) AND id <> ?")
                .params(name, id).query(Integer.class).single() > 0) {
            throw nameTaken(name);
        }
    }

    private static DomainProblem nameTaken(String name) {
        return DomainProblem.conflict("lm.mappings.error.nameTaken", name);
    }

    private java.util.Map<String, Object> parameters(ColumnMapping mapping) {
        java.util.Map<String, Object> values = new java.util.HashMap<>();
        values.put("name", mapping.name());
        values.put("source", mapping.source());
        values.put("delimiter", String.valueOf(mapping.delimiter()));
        values.put("encoding", mapping.encoding());
        values.put("columns", mappings.columnsJson(mapping.columns()));
        values.put("dateFormat", mapping.dateFormat());
        return values;
    }

    private static String describe(ColumnMapping mapping) {
        return mapping.name() + " (" + mapping.source() + "): " + mapping.columns().size() + " columns";
    }
}
