package kz.edufusion.labormarket.imports;

import java.util.List;
import java.util.Optional;

/** The saved column mappings that administrators keep for CSV files of other layouts. */
public interface ColumnMappings {

    Optional<ColumnMapping> find(String name);

    Optional<ColumnMapping> find(long id);

    List<ColumnMapping> all();
}
