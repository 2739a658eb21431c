package kz.edufusion.labormarket.mappings;

import java.util.UUID;
import kz.edufusion.labormarket.imports.ColumnMapping;

/**
 * Administrators' changes to the saved column mappings, each audited. Invalid drafts are refused with
 * {@link InvalidMapping}; a name another mapping has (ignoring case) is a conflict; an unknown id is not found.
 */
public interface ColumnMappingAdmin {

    ColumnMapping create(MappingDraft draft, UUID actor);

    ColumnMapping update(long id, MappingDraft draft);

    void delete(long id);
}
