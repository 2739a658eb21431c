package kz.edufusion.labormarket.imports;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/** Test files with ids no other test uses (the suite shares one database). */
final class ImportFiles {

    private final Path dir;
    final String prefix = "9" + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000_000L);

    ImportFiles(Path dir) {
        this.dir = dir;
    }

    String id(int n) {
        return prefix + n;
    }

    String row(int n, String title, String description, String employer) {
        return id(n) + "," + title + ",Алматы,300000,500000,KZT,От 1 года до 3 лет,Полный день,Полная занятость,\""
                + description.replace("\"", "\"\"") + "\",\"Java, SQL\"," + employer + ",2025-11-27T15:47:29+0300,https://hh.kz/vacancy/" + id(n);
    }

    Path csv(String name, String body) throws IOException {
        return write(name, SourceFiles.HEADER + "\n" + body, StandardCharsets.UTF_8);
    }

    Path write(String name, String text, Charset charset) throws IOException {
        return Files.writeString(dir.resolve(name), text, charset);
    }

    static ImportRequest request(Path file, ImportFormat format) {
        return new ImportRequest(file, file.getFileName().toString(), format, null, "test");
    }
}
