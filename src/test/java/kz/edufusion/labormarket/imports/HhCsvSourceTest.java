package kz.edufusion.labormarket.imports;

import static kz.edufusion.labormarket.imports.SourceFiles.HEADER;
import static kz.edufusion.labormarket.imports.SourceFiles.bytes;
import static kz.edufusion.labormarket.imports.SourceFiles.readAll;
import static kz.edufusion.labormarket.imports.SourceFiles.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import kz.edufusion.common.csv.CsvFormatException;
import kz.edufusion.common.csv.ImportFailure;
import org.junit.jupiter.api.Test;

class HhCsvSourceTest {

    @Test
    void readsEveryRowOfTheDevFile() throws IOException {
        List<SourceItem> items = readAll(HhCsvSource.open(SourceFiles.devFile()));

        assertThat(items).hasSize(498).allMatch(i -> i.rejection() == null);
        RawVacancy first = items.get(0).vacancy();
        assertThat(first.sourceId()).isEqualTo("128142954");
        assertThat(first.source()).isEqualTo("hh");
        assertThat(first.city()).isEqualTo("Астана");
        assertThat(first.publishedAt()).isEqualTo(OffsetDateTime.parse("2025-11-27T15:47:29+03:00"));
        assertThat(first.rowNumber()).isEqualTo(2);
        RawVacancy second = items.get(1).vacancy();
        assertThat(second.salaryFrom()).isEqualByComparingTo("300000");
        assertThat(second.salaryTo()).isEqualByComparingTo("1000000");
        assertThat(second.tags()).containsExactly("C", "C++");
    }

    @Test
    void detectsAWindows1251File() throws IOException {
        String text = HEADER + "\n" + row("1", "Программист 1С", "<p>Қазақстан: бухгалтерия</p>").replace("Қазақстан", "Казахстан") + "\n";
        HhCsvSource source = HhCsvSource.open(bytes(text, DecodedInput.WINDOWS_1251));

        assertThat(source.encoding()).isEqualTo("windows-1251");
        List<SourceItem> items = readAll(source);
        assertThat(items.get(0).vacancy().title()).isEqualTo("Программист 1С");
        assertThat(items.get(0).vacancy().employerName()).isEqualTo("ТОО Тест");
    }

    @Test
    void aRowInAnotherEncodingKeepsReplacementCharactersForTheValidator() throws IOException {
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes((HEADER + "\n" + row("1", "Разработчик", "<p>текст</p>") + "\n").getBytes(StandardCharsets.UTF_8));
        file.writeBytes((row("2", "Тестировщик", "<p>другой текст</p>") + "\n").getBytes(DecodedInput.WINDOWS_1251));
        file.writeBytes((row("3", "Аналитик", "<p>ещё текст</p>") + "\n").getBytes(StandardCharsets.UTF_8));
        HhCsvSource source = HhCsvSource.open(new ByteArrayInputStream(file.toByteArray()));

        assertThat(source.encoding()).isEqualTo("UTF-8");
        List<SourceItem> items = readAll(source);
        assertThat(items.get(0).vacancy().title()).isEqualTo("Разработчик");
        assertThat(items.get(1).vacancy().title()).contains("\uFFFD");
    }

    @Test
    void aStrayQuoteBreaksTheFile() throws IOException {
        String text = HEADER + "\n" + row("1", "Dev", "x") + "\n2,Dev \"senior\",Алматы,,,,,,,,,,2025-11-27T15:47:29+0300,\n";
        HhCsvSource source = HhCsvSource.open(bytes(text, StandardCharsets.UTF_8));

        assertThat(source.next().vacancy()).isNotNull();
        assertThatThrownBy(source::next).isInstanceOf(CsvFormatException.class).hasMessageContaining("line 3");
    }

    @Test
    void shortRowsAndBadValuesAreRejectedWithTheirLine() throws IOException {
        String text = HEADER + "\n3,Dev,Алматы\n" + row("4", "QA", "x").replace("2025-11-27T15:47:29+0300", "yesterday") + "\n"
                + row("5", "Ops", "x").replace("300000", "lots") + "\n";
        List<SourceItem> items = readAll(HhCsvSource.open(bytes(text, StandardCharsets.UTF_8)));

        assertThat(items).extracting(SourceItem::rowNumber, SourceItem::sourceId, SourceItem::rejection).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2L, "3", "expected at least 14 fields, found 3"),
                org.assertj.core.groups.Tuple.tuple(3L, "4", "published_at 'yesterday' is not a date like 2025-11-27T15:47:29+0300"),
                org.assertj.core.groups.Tuple.tuple(4L, "5", "salary_from 'lots' is not a number"));
    }

    @Test
    void aMissingColumnRefusesTheFile() {
        String text = HEADER.replace(",published_at", "") + "\n";
        assertThatThrownBy(() -> HhCsvSource.open(bytes(text, StandardCharsets.UTF_8)))
                .isInstanceOf(ImportFailure.class).hasMessage("missing column(s) published_at in the header");
    }

    @Test
    void aTenMegabyteDescriptionRejectsItsRowOnlyAndIsNeverHeldWhole() throws IOException {
        String head = HEADER + "\n" + row("1", "Dev", "ok") + "\n7,Huge,Алматы,,,,,,,\"<p>";
        String tail = "</p>\",,ТОО Тест,2025-11-27T15:47:29+0300,\n" + row("8", "QA", "ok") + "\n";
        InputStream huge = new SequenceInputStream(new ByteArrayInputStream(head.getBytes(StandardCharsets.UTF_8)),
                new SequenceInputStream(new RepeatingInput("<b>текст</b> ".getBytes(StandardCharsets.UTF_8), 10_000_000),
                        new ByteArrayInputStream(tail.getBytes(StandardCharsets.UTF_8))));
        List<SourceItem> items = readAll(HhCsvSource.open(huge));

        assertThat(items).hasSize(3);
        assertThat(items.get(0).vacancy().title()).isEqualTo("Dev");
        assertThat(items.get(1).rejection()).isEqualTo("description is longer than 1000000 characters");
        assertThat(items.get(2).vacancy().title()).isEqualTo("QA");
        assertThat(items.get(2).vacancy().salaryFrom()).isEqualTo(new BigDecimal("300000"));
    }

    /** {@code size} bytes of a repeated pattern, without holding them. */
    static final class RepeatingInput extends InputStream {
        private final byte[] pattern;
        private long left;
        private int at;

        RepeatingInput(byte[] pattern, long size) {
            this.pattern = pattern;
            this.left = size;
        }

        @Override
        public int read() {
            if (left <= 0) {
                return -1;
            }
            left--;
            byte b = pattern[at];
            at = (at + 1) % pattern.length;
            return b & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(length, left);
            for (int i = 0; i < n; i++) {
                buffer[offset + i] = (byte) read();
            }
            return n;
        }
    }
}
