package kz.edufusion.programs.imports;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import kz.edufusion.common.csv.CsvFormatException;
import kz.edufusion.common.csv.CsvReader;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

/**
 * Reads an upload into {@link UploadedTables}: an XLSX workbook (sheets by name, unknown sheets ignored) or CSV
 * files (each table recognized by its header). A table missing a column, a file that is not what it claims, or one
 * over the limits refuses the whole upload before anything is written.
 */
public final class TableReaders {

    private TableReaders() {
    }

    public static UploadedTables xlsx(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw);
        in.mark(8);
        byte[] head = in.readNBytes(8);
        in.reset();
        if (head.length < 4 || !ReadableWorkbook.isOOXMLZipHeader(head)) {
            throw new ImportRefused("programs.import.refused.notWorkbook");
        }
        UploadedTables tables = new UploadedTables();
        try (ReadableWorkbook workbook = new ReadableWorkbook(in)) {
            for (org.dhatim.fastexcel.reader.Sheet sheet : workbook.getSheets().toList()) {
                var known = Sheet.named(sheet.getName());
                if (known.isPresent()) {
                    try (Stream<Row> rows = sheet.openStream()) {
                        tables.add(known.get(), rows(known.get(), rows.iterator()));
                    }
                }
            }
        } catch (ImportRefused e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // fastexcel's own failures (a damaged zip, broken XML) say nothing a coordinator can act on
            throw new ImportRefused("programs.import.refused.notWorkbook");
        }
        if (tables.isEmpty()) {
            throw new ImportRefused("programs.import.refused.noSheet");
        }
        return tables;
    }

    private static List<UploadRow> rows(Sheet sheet, java.util.Iterator<Row> rows) {
        Map<Integer, String> header = null;
        List<UploadRow> result = new ArrayList<>();
        while (rows.hasNext()) {
            Row row = rows.next();
            Map<Integer, String> cells = new HashMap<>();
            for (Cell cell : row) {
                if (cell != null) {
                    String text = text(cell);
                    if (text != null && !text.isBlank()) {
                        cells.put(cell.getColumnIndex(), text);
                    }
                }
            }
            if (cells.isEmpty()) {
                continue;
            }
            if (header == null) {
                header = checkedHeader(sheet, cells);
                continue;
            }
            result.add(row(sheet, row.getRowNum(), header, cells));
        }
        if (header == null) {
            throw new ImportRefused("programs.import.refused.missingColumns", sheet.title(), String.join(", ", sheet.columns()));
        }
        return result;
    }

    public static UploadedTables csv(List<InputStream> files) throws IOException {
        UploadedTables tables = new UploadedTables();
        for (InputStream file : files) {
            try (CsvReader reader = new CsvReader(new BufferedReader(new InputStreamReader(file, StandardCharsets.UTF_8)),
                    ',', ImportLimits.MAX_CELL + 1)) {
                List<String> first = reader.next();
                if (first == null || first.isEmpty()) {
                    throw new ImportRefused("programs.import.refused.empty");
                }
                List<String> names = first.stream().map(h -> h.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT)).toList();
                Sheet sheet = Sheet.ofHeader(names).orElseThrow(() -> closest(names));
                Map<Integer, String> header = new LinkedHashMap<>();
                for (int i = 0; i < names.size(); i++) {
                    header.putIfAbsent(i, names.get(i));
                }
                List<UploadRow> rows = new ArrayList<>();
                for (List<String> values = reader.next(); values != null; values = reader.next()) {
                    if (values.stream().allMatch(String::isBlank)) {
                        continue;
                    }
                    Map<Integer, String> cells = new HashMap<>();
                    for (int i = 0; i < values.size(); i++) {
                        cells.put(i, values.get(i));
                    }
                    rows.add(row(sheet, (int) reader.recordLine(), header, cells));
                }
                tables.add(sheet, rows);
            } catch (CsvFormatException e) {
                throw new ImportRefused("programs.import.refused.csv", e.getMessage());
            }
        }
        return tables;
    }

    /** A CSV header of no table: name the table it resembles most and the columns it lacks. */
    private static ImportRefused closest(List<String> names) {
        Sheet best = java.util.Arrays.stream(Sheet.values())
                .max(java.util.Comparator.comparingLong(s -> s.columns().stream().filter(names::contains).count()))
                .orElseThrow();
        if (best.columns().stream().noneMatch(names::contains)) {
            return new ImportRefused("programs.import.refused.unknownTable");
        }
        List<String> missing = best.columns().stream().filter(c -> !names.contains(c)).toList();
        return new ImportRefused("programs.import.refused.missingColumns", best.title(), String.join(", ", missing));
    }

    private static Map<Integer, String> checkedHeader(Sheet sheet, Map<Integer, String> cells) {
        Map<Integer, String> header = new HashMap<>();
        cells.forEach((i, name) -> header.put(i, name.strip().toLowerCase(Locale.ROOT)));
        List<String> missing = sheet.columns().stream().filter(c -> !header.containsValue(c)).toList();
        if (!missing.isEmpty()) {
            throw new ImportRefused("programs.import.refused.missingColumns", sheet.title(), String.join(", ", missing));
        }
        return header;
    }

    private static UploadRow row(Sheet sheet, int number, Map<Integer, String> header, Map<Integer, String> cells) {
        if (number - 1 > ImportLimits.MAX_ROWS) {
            throw new ImportRefused("programs.import.refused.tooManyRows", sheet.title(), ImportLimits.MAX_ROWS);
        }
        Map<String, String> values = new HashMap<>();
        header.forEach((i, name) -> {
            String value = cells.get(i);
            if (value != null && sheet.columns().contains(name)) {
                values.putIfAbsent(name, value);
            }
        });
        return new UploadRow(sheet, number, values);
    }

    /** A number cell as written (240, not 240.0), anything else as its text. */
    private static String text(Cell cell) {
        if (cell.getType() == CellType.NUMBER && cell.getValue() instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        return cell.getText();
    }
}
