package kz.edufusion.labormarket.imports;

import static kz.edufusion.labormarket.imports.SourceFiles.bytes;
import static kz.edufusion.labormarket.imports.SourceFiles.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import kz.edufusion.common.csv.ImportFailure;
import org.junit.jupiter.api.Test;

class MappedCsvSourceTest {

    static ColumnMapping enbek(String encoding) {
        return new ColumnMapping(1, "enbek-test", "enbek", ';', encoding, Map.of(MappedField.SOURCE_ID, "Номер",
                MappedField.TITLE, "Должность", MappedField.PUBLISHED_AT, "Дата", MappedField.CITY, "Город",
                MappedField.SALARY_FROM, "Зарплата", MappedField.TAGS, "Навыки", MappedField.LANGUAGE, "Язык",
                MappedField.SALARY_PERIOD, "Период"), "dd.MM.yyyy");
    }

    static final String FILE = "Номер;Должность;Город;Зарплата;Навыки;Дата;Язык;Период\n"
            + "E-1;Бухгалтер;Шымкент;250 000;1С, Excel;01.11.2025;ru;\n"
            + "E-2;Есепші;Тараз;200000;;02.11.2025;kk;MONTH\n";

    @Test
    void readsACsvOfAnotherLayoutThroughItsMapping() throws IOException {
        List<SourceItem> items = readAll(MappedCsvSource.open(bytes(FILE, DecodedInput.WINDOWS_1251), enbek("auto")));

        assertThat(items).hasSize(2);
        RawVacancy first = items.get(0).vacancy();
        assertThat(first.source()).isEqualTo("enbek");
        assertThat(first.sourceId()).isEqualTo("E-1");
        assertThat(first.title()).isEqualTo("Бухгалтер");
        assertThat(first.salaryFrom()).isEqualByComparingTo("250000");
        assertThat(first.tags()).containsExactly("1С", "Excel");
        assertThat(first.publishedAt()).isEqualTo(OffsetDateTime.parse("2025-11-01T00:00:00+05:00"));
        assertThat(first.language()).isEqualTo("ru");
        assertThat(items.get(1).vacancy().title()).isEqualTo("Есепші");
    }

    @Test
    void aNamedEncodingIsUsedAsIs() throws IOException {
        MappedCsvSource source = MappedCsvSource.open(bytes(FILE, StandardCharsets.UTF_8), enbek("UTF-8"));
        assertThat(source.encoding()).isEqualTo("UTF-8");
        assertThat(readAll(source).get(1).vacancy().title()).isEqualTo("Есепші");
    }

    @Test
    void aHeaderWithoutAMappedColumnRefusesTheFile() {
        assertThatThrownBy(() -> MappedCsvSource.open(bytes(FILE.replace("Дата", "When"), StandardCharsets.UTF_8), enbek("UTF-8")))
                .isInstanceOf(ImportFailure.class).hasMessageContaining("Дата");
    }
}
