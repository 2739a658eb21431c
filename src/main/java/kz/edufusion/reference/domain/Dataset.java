package kz.edufusion.reference.domain;

import kz.edufusion.common.csv.CsvRow;
import kz.edufusion.common.csv.RejectedRow;
import java.util.List;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcOperations;

/**
 * One importable reference dataset: which file, which columns it needs, how a row becomes the
 * parameters of its upsert. The first parameter is always the natural key (used to spot duplicates).
 */
interface Dataset {

    /** The name used in import_run, the CLI and the admin pages. */
    String name();

    /** Path of the file below the bundled {@code reference/} folder or an operator's directory. */
    String file();

    String version();

    List<String> columns();

    String upsertSql();

    /**
     * A converter for one import run. It returns null for rows that belong to the file but not to this
     * dataset (NACE groups and classes) and throws {@link RejectedRow} for rows that are wrong.
     */
    Function<CsvRow, Object[]> converter(JdbcOperations jdbc);
}
