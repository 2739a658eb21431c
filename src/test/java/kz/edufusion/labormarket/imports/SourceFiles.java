package kz.edufusion.labormarket.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/** Small files for the source tests and helpers to read every item of a source. */
final class SourceFiles {

    static final String HEADER = String.join(",", HhCsvSource.COLUMNS);
    static final String DEV_FILE = "/vacancies/hh-kz-it-vacancies-2025-11.dev.csv";

    private SourceFiles() {
    }

    static String row(String id, String title, String description) {
        return id + "," + title + ",Алматы,300000,500000,KZT,От 1 года до 3 лет,Полный день,Полная занятость,\""
                + description.replace("\"", "\"\"") + "\",\"Java, SQL\",ТОО Тест,2025-11-27T15:47:29+0300,https://hh.kz/vacancy/" + id;
    }

    static InputStream bytes(String text, Charset charset) {
        return new ByteArrayInputStream(text.getBytes(charset));
    }

    static InputStream devFile() {
        return SourceFiles.class.getResourceAsStream(DEV_FILE);
    }

    static List<SourceItem> readAll(VacancySource source) throws IOException {
        List<SourceItem> items = new ArrayList<>();
        try (source) {
            for (SourceItem item = source.next(); item != null; item = source.next()) {
                items.add(item);
            }
        }
        return items;
    }
}
