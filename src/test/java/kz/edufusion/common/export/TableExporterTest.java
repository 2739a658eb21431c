package kz.edufusion.common.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Streamed rows are read while the file is written, in both formats, and a row of the wrong width is refused. */
class TableExporterTest {

    static final List<String> HEADERS = List.of("Номер", "Текст");

    @TempDir
    Path temp;

    @Test
    void csvOfStreamedRowsQuotesThroughTheCsvWriter() throws Exception {
        ExportTable.Rows rows = row -> IntStream.rangeClosed(1, 3)
                .forEach(i -> row.accept(Arrays.asList(i, i == 2 ? "a, \"b\"" : null)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableExporter.csv(HEADERS, rows, out);
        assertThat(out.toString(StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFНомер,Текст\r\n1,\r\n2,\"a, \"\"b\"\"\"\r\n3,\r\n");
    }

    @Test
    void xlsxOfStreamedRowsReadsBackPastAFlush() throws Exception {
        int count = 12_345;
        ExportTable.Rows rows = row -> IntStream.rangeClosed(1, count)
                .forEach(i -> row.accept(List.of(i, "row " + i)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TableExporter.xlsx("streamed", HEADERS, rows, out);
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            List<Row> read = workbook.getFirstSheet().read();
            assertThat(read).hasSize(count + 1);
            assertThat(read.get(0).getCellText(0)).isEqualTo("Номер");
            assertThat(read.get(count).getCellAsNumber(0)).hasValue(BigDecimal.valueOf(count));
            assertThat(read.get(count).getCellText(1)).isEqualTo("row " + count);
        }
        assertThat(sharedStrings(out.toByteArray())).as("cell text is inline, not held for a shared-strings table")
                .doesNotContain("row 1");
    }

    /** The workbook's shared-strings part (ZipFile, as fastexcel's streamed entries confuse ZipInputStream). */
    private String sharedStrings(byte[] xlsx) throws IOException {
        Path file = Files.write(temp.resolve("streamed.xlsx"), xlsx);
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry entry = zip.getEntry("xl/sharedStrings.xml");
            return entry == null ? "" : new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aRowOfAnotherWidthIsRefused() {
        ExportTable.Rows rows = row -> row.accept(List.of(1));
        assertThatThrownBy(() -> TableExporter.csv(HEADERS, rows, new ByteArrayOutputStream()))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("1 values for 2 columns");
    }
}
