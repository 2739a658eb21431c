package kz.edufusion.reference.domain;

import kz.edufusion.common.csv.CsvReader;
import kz.edufusion.common.csv.CsvTable;
import kz.edufusion.common.csv.CsvRow;
import kz.edufusion.common.csv.CsvFormatException;
import kz.edufusion.common.csv.RejectedRow;
import kz.edufusion.common.csv.ImportFailure;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReferenceCsvReaderTest {

    @Test
    void readsQuotedFieldsWithCommasQuotesAndLineBreaks() throws IOException {
        String csv = "code,label,note\r\n"
                + "1,\"a, b\",\"she said \"\"hi\"\"\"\r\n"
                + "2,\"first line\r\nsecond line\nthird\",plain\r\n"
                + "3,,\"\"\r\n";
        List<List<String>> records = readAll(csv);

        assertThat(records).containsExactly(
                List.of("code", "label", "note"),
                List.of("1", "a, b", "she said \"hi\""),
                List.of("2", "first line\nsecond line\nthird", "plain"),
                List.of("3", "", ""));
    }

    @Test
    void reportsTheLineOnWhichARecordStarts() throws IOException {
        try (CsvReader reader = new CsvReader(new StringReader("h\n\"a\nb\nc\"\nnext\n"))) {
            reader.next();
            assertThat(reader.recordLine()).isEqualTo(1);
            assertThat(reader.next()).containsExactly("a\nb\nc");
            assertThat(reader.recordLine()).isEqualTo(2);
            assertThat(reader.next()).containsExactly("next");
            assertThat(reader.recordLine()).isEqualTo(5);
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void acceptsALastRecordWithoutLineBreakAndOldMacLineEnds() throws IOException {
        assertThat(readAll("a,b\rc,d")).containsExactly(List.of("a", "b"), List.of("c", "d"));
    }

    @Test
    void refusesBrokenQuoting() {
        assertThatThrownBy(() -> readAll("a\n\"never closed\n"))
                .isInstanceOf(CsvFormatException.class).hasMessageContaining("line 2");
        assertThatThrownBy(() -> readAll("a\n\"closed\"x\n"))
                .isInstanceOf(CsvFormatException.class).hasMessageContaining("after a closing quote");
        assertThatThrownBy(() -> readAll("a\nhalf\"quoted\n"))
                .isInstanceOf(CsvFormatException.class).hasMessageContaining("unquoted");
    }

    @Test
    void tableChecksTheHeaderAndSkipsBlankLinesAndTheByteOrderMark() throws IOException {
        byte[] file = "\uFEFFcode,name\n\nKZ-75,Almaty\nshort\n".getBytes(StandardCharsets.UTF_8);
        try (CsvTable table = CsvTable.open(new ByteArrayInputStream(file), List.of("code", "name"))) {
            CsvRow almaty = table.next();
            assertThat(almaty.required("code")).isEqualTo("KZ-75");
            assertThat(almaty.line()).isEqualTo(3);
            CsvRow shortRow = table.next();
            assertThatThrownBy(shortRow::requireComplete).isInstanceOf(RejectedRow.class)
                    .hasMessageContaining("found 1");
            assertThat(table.next()).isNull();
        }
        assertThatThrownBy(() -> CsvTable.open(new ByteArrayInputStream(file), List.of("code", "name_ru")))
                .isInstanceOf(ImportFailure.class).hasMessageContaining("name_ru");
    }

    private static List<List<String>> readAll(String csv) throws IOException {
        List<List<String>> records = new ArrayList<>();
        try (CsvReader reader = new CsvReader(new StringReader(csv))) {
            for (List<String> record = reader.next(); record != null; record = reader.next()) {
                records.add(record);
            }
        }
        return records;
    }
}
