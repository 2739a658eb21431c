package kz.edufusion.labormarket.normalize;

import kz.edufusion.common.csv.CsvRow;
import kz.edufusion.common.csv.CsvTable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The 498 real hh vacancies of the dev file, for the normalizers' tests. */
final class DevVacancies {

    static final String FILE = "/vacancies/hh-kz-it-vacancies-2025-11.dev.csv";

    private DevVacancies() {
    }

    static List<CsvRow> rows() {
        return read(FILE, List.of("vacancy_id", "name", "area", "description", "employer_name"));
    }

    static List<CsvRow> read(String resource, List<String> columns) {
        try (InputStream in = DevVacancies.class.getResourceAsStream(resource); CsvTable table = CsvTable.open(in, columns)) {
            List<CsvRow> rows = new ArrayList<>();
            for (CsvRow row = table.next(); row != null; row = table.next()) {
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
