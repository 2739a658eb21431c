package kz.edufusion.labormarket.imports;

import java.io.IOException;
import java.io.InputStream;
import kz.edufusion.common.csv.ImportFailure;

/** Opens the source for a file's format; a mapped file needs its column mapping. */
final class VacancySources {

    private VacancySources() {
    }

    static VacancySource open(ImportFormat format, ColumnMapping mapping, InputStream in) throws IOException {
        return switch (format) {
            case HH_CSV -> HhCsvSource.open(in);
            case HH_JSON -> HhJsonSource.open(in);
            case MAPPED -> {
                if (mapping == null) {
                    throw new ImportFailure("a mapped file needs a column mapping");
                }
                yield MappedCsvSource.open(in, mapping);
            }
        };
    }
}
