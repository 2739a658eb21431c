package kz.edufusion.tdss.domain;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.common.csv.CsvRow;
import kz.edufusion.common.csv.CsvTable;
import kz.edufusion.common.csv.CsvWriter;
import kz.edufusion.common.csv.ImportFailure;
import kz.edufusion.common.csv.RejectedRow;
import org.springframework.stereotype.Component;

/**
 * Frameworks as CSV, one row per item: framework, code, parent_code, type (FRAMEWORK, LEVEL, AREA, COMPETENCE),
 * title_kk/ru/en, description_kk/ru/en and an optional id (the CASE identifier; derived from the codes when empty).
 */
@Component
public class FrameworkCsv {

    public static final List<String> COLUMNS = List.of("framework", "code", "parent_code", "type", "title_kk", "title_ru",
            "title_en", "description_kk", "description_ru", "description_en");

    private final Frameworks frameworks;

    FrameworkCsv(Frameworks frameworks) {
        this.frameworks = frameworks;
    }

    public ImportReport importFrom(InputStream in) {
        List<FrameworkEntry> entries = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        try (CsvTable table = CsvTable.open(in, COLUMNS)) {
            for (CsvRow row = table.next(); row != null; row = table.next()) {
                try {
                    entries.add(entry(row));
                } catch (RejectedRow | IllegalArgumentException e) {
                    rejected.add(new Rejection("line " + row.line(), e.getMessage()));
                }
            }
        } catch (ImportFailure e) {
            return new ImportReport(List.of(), 0, List.of(new Rejection("file", e.getMessage())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return frameworks.importEntries(entries, rejected);
    }

    public void export(String code, OutputStream out) {
        FrameworkView f = frameworks.view(code);
        CsvWriter csv = CsvWriter.withBom(out);
        List<String> header = new ArrayList<>(COLUMNS);
        header.add("id");
        csv.row(header);
        csv.row(f.code(), f.code(), null, ItemType.FRAMEWORK, f.title().kk(), f.title().ru(), f.title().en(),
                f.description().kk(), f.description().ru(), f.description().en(), f.id());
        List<ItemView> items = new ArrayList<>(f.levels());
        for (ItemView area : f.areas()) {
            items.add(area);
            items.addAll(f.competencesOf(area.code()));
        }
        for (ItemView i : items) {
            csv.row(f.code(), i.code(), i.parentCode(), i.type(), i.title().kk(), i.title().ru(), i.title().en(),
                    i.description().kk(), i.description().ru(), i.description().en(), i.id());
        }
        csv.close();
    }

    private static FrameworkEntry entry(CsvRow row) {
        row.requireComplete();
        String framework = row.required("framework");
        String code = row.required("code");
        ItemType type;
        try {
            type = ItemType.valueOf(row.required("type").toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RejectedRow("type '" + row.optional("type") + "' is not FRAMEWORK, LEVEL, AREA or COMPETENCE");
        }
        String id = row.optional("id");
        UUID uuid;
        try {
            uuid = id == null ? FrameworkEntry.stableId(framework, code) : UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new RejectedRow("id '" + id + "' is not a UUID");
        }
        return new FrameworkEntry("line " + row.line(), framework, uuid, code, row.optional("parent_code"), type,
                LocalizedText.of(row.optional("title_kk"), row.optional("title_ru"), row.optional("title_en")),
                LocalizedText.of(text(row, "description_kk"), text(row, "description_ru"), text(row, "description_en")));
    }

    private static String text(CsvRow row, String column) {
        String value = row.optional(column);
        return value == null ? "" : value;
    }
}
