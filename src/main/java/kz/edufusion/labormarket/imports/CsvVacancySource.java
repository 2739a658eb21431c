package kz.edufusion.labormarket.imports;

import java.io.IOException;
import java.util.List;
import kz.edufusion.common.csv.CsvRow;
import kz.edufusion.common.csv.CsvTable;
import kz.edufusion.common.csv.RejectedRow;

/**
 * What every CSV vacancy source does the same way: read a row, refuse it when a required column is empty or a
 * column is over the length limit, and turn a {@link RejectedRow} into a rejected item that keeps the row's id.
 * A subclass says only how a row's columns become a {@link RawVacancy}.
 */
abstract class CsvVacancySource implements VacancySource {

    private final DecodedInput input;
    private final CsvTable table;
    private final String idColumn;
    private final List<String> requiredColumns;

    CsvVacancySource(DecodedInput input, CsvTable table, String idColumn, List<String> requiredColumns) {
        this.input = input;
        this.table = table;
        this.idColumn = idColumn;
        this.requiredColumns = requiredColumns;
    }

    /** The vacancy of one row; throws {@link RejectedRow} when a value cannot be read. */
    abstract RawVacancy vacancy(CsvRow row, String id);

    @Override
    public final SourceItem next() throws IOException {
        CsvRow row = table.next();
        if (row == null) {
            return null;
        }
        String id = row.optional(idColumn);
        try {
            row.requireColumns(requiredColumns);
            if (row.overlongColumn() != null) {
                throw new RejectedRow(row.overlongColumn() + " is longer than " + VacancyLimits.DESCRIPTION_HTML + " characters");
            }
            return SourceItem.of(vacancy(row, id));
        } catch (RejectedRow e) {
            return SourceItem.rejected(row.line(), id, e.getMessage());
        }
    }

    @Override
    public final String encoding() {
        return input.encoding();
    }

    @Override
    public final long bytesRead() {
        return input.counter().count();
    }

    @Override
    public final void close() throws IOException {
        table.close();
    }
}
