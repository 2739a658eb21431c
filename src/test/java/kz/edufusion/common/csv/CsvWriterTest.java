package kz.edufusion.common.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void quotesOnlyWhatNeedsItAndReadsBackThroughTheReader() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (CsvWriter writer = CsvWriter.withBom(bytes)) {
            writer.row("name", "note", "amount");
            writer.row(Arrays.asList("ТОО \"Қазақ\", Алматы", "строка\nдва", new BigDecimal("1E+3")));
            writer.row(Arrays.asList(null, "", 7));
        }
        byte[] written = bytes.toByteArray();
        assertThat(written).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(written, StandardCharsets.UTF_8)).isEqualTo("\uFEFFname,note,amount\r\n"
                + "\"ТОО \"\"Қазақ\"\", Алматы\",\"строка\nдва\",1000\r\n,,7\r\n");

        try (CsvTable table = CsvTable.open(new ByteArrayInputStream(written), List.of("name", "note", "amount"))) {
            CsvRow row = table.next();
            assertThat(row.required("name")).isEqualTo("ТОО \"Қазақ\", Алматы");
            assertThat(row.required("note")).isEqualTo("строка\nдва");
            assertThat(row.required("amount")).isEqualTo("1000");
        }
    }
}
