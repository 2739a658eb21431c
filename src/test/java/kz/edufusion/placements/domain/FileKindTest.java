package kz.edufusion.placements.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/** File kinds come from the bytes: a renamed text file or a ZIP that is no Word document is none of them. */
class FileKindTest {

    @Test
    void recognisesEachKindByContent() throws IOException {
        EnumSet<FileKind> all = EnumSet.allOf(FileKind.class);
        assertThat(FileKind.of("%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII), all)).contains(FileKind.PDF);
        assertThat(FileKind.of(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0}, all)).contains(FileKind.PNG);
        assertThat(FileKind.of(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0}, all)).contains(FileKind.JPEG);
        assertThat(FileKind.of(zip("word/document.xml"), all)).contains(FileKind.DOCX);
        assertThat(FileKind.of(zip("xl/workbook.xml"), all)).isEmpty();
        assertThat(FileKind.of("<html>".getBytes(StandardCharsets.US_ASCII), all)).isEmpty();
        assertThat(FileKind.of(new byte[0], all)).isEmpty();
    }

    @Test
    void onlyTheAllowedKindsCount() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        assertThat(FileKind.of(png, List.of(FileKind.PDF, FileKind.DOCX))).isEmpty();
        assertThat(CvFiles.type(png)).isEmpty();
        assertThat(CvFiles.type("%PDF-1.4".getBytes(StandardCharsets.US_ASCII))).contains("application/pdf");
    }

    @Test
    void keepsAShortNameOrTheFallback() {
        assertThat(FileKind.storedName("  отчёт.pdf ", "x")).isEqualTo("отчёт.pdf");
        assertThat(FileKind.storedName(" ", "attachment")).isEqualTo("attachment");
        assertThat(FileKind.storedName("a".repeat(300), "x")).hasSize(200);
    }

    private static byte[] zip(String entry) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
