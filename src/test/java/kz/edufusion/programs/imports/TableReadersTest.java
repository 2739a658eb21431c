package kz.edufusion.programs.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

class TableReadersTest {

    @Test
    void theTemplateReadsBackAsTheLayoutsTables() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        WorkbookWriter.xlsx(WorkbookWriter.template(), out);
        UploadedTables tables = TableReaders.xlsx(new ByteArrayInputStream(out.toByteArray()));
        UploadRow program = tables.rows(Sheet.PROGRAMS).get(0);
        assertThat(program.number()).isEqualTo(2);
        assertThat(program.get("code")).isEqualTo("6B06101");
        assertThat(program.get("credits")).isEqualTo("240");
        assertThat(program.get("region")).isNull();
        assertThat(tables.rows(Sheet.COHORTS).get(0).get("academic_year")).isEqualTo("2025");
        assertThat(tables.rows(Sheet.DISCIPLINES).get(0).get("outcomes")).isEqualTo("LO1");
    }

    @Test
    void aSheetMissingAColumnRefusesTheWholeWorkbook() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook workbook = new Workbook(out, "test", "1.0");
        Worksheet sheet = workbook.newWorksheet("Programs");
        List<String> columns = Sheet.PROGRAMS.columns().stream().filter(c -> !c.equals("credits")).toList();
        for (int c = 0; c < columns.size(); c++) {
            sheet.value(0, c, columns.get(c));
        }
        workbook.finish();
        assertThatThrownBy(() -> TableReaders.xlsx(new ByteArrayInputStream(out.toByteArray())))
                .isInstanceOf(ImportRefused.class)
                .satisfies(e -> assertThat(((ImportRefused) e).messageKey()).isEqualTo("programs.import.refused.missingColumns"))
                .satisfies(e -> assertThat(((ImportRefused) e).arguments()).containsExactly("Programs", "credits"));
    }

    @Test
    void aFileThatIsNoWorkbookIsRefused() {
        assertThatThrownBy(() -> TableReaders.xlsx(new ByteArrayInputStream("code,title\n".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(ImportRefused.class)
                .satisfies(e -> assertThat(((ImportRefused) e).messageKey()).isEqualTo("programs.import.refused.notWorkbook"));
        assertThatThrownBy(() -> TableReaders.xlsx(new ByteArrayInputStream(new byte[] {'P', 'K', 3, 4, 0, 0, 0, 0, 1, 2})))
                .isInstanceOf(ImportRefused.class);
    }

    @Test
    void csvTablesAreRecognisedByTheirHeader() throws IOException {
        String outcomes = "\uFEFFprogram_code,code,text_kk,text_ru,text_en\r\n6B06101,LO1,,\"Пишет код, тестирует\",\r\n";
        String cohorts = "academic_year,program_code,intake,graduates\n2025,6B06101,10,0\n";
        UploadedTables tables = TableReaders.csv(List.of(stream(outcomes), stream(cohorts)));
        assertThat(tables.rows(Sheet.OUTCOMES)).singleElement()
                .satisfies(r -> assertThat(r.get("text_ru")).isEqualTo("Пишет код, тестирует"))
                .satisfies(r -> assertThat(r.number()).isEqualTo(2));
        assertThat(tables.rows(Sheet.COHORTS).get(0).get("intake")).isEqualTo("10");
        assertThat(tables.has(Sheet.PROGRAMS)).isFalse();
    }

    @Test
    void aCsvLackingAColumnNamesTheTableAndTheColumn() {
        assertThatThrownBy(() -> TableReaders.csv(List.of(stream("program_code,code,text_kk,text_ru\n"))))
                .isInstanceOf(ImportRefused.class)
                .satisfies(e -> assertThat(((ImportRefused) e).arguments()).containsExactly("Outcomes", "text_en"));
    }

    @Test
    void conversionProblemsAreCollectedPerRow() {
        UploadRow row = new UploadRow(Sheet.PROGRAMS, 5, java.util.Map.of("code", "6B06101", "credits", "two hundred",
                "type", "OLD", "accredited_until", "31.06.2027", "languages", "KK; ru"));
        RowConverter converter = new RowConverter(row);
        var draft = converter.program();
        assertThat(converter.reasons()).extracting(ImportRejection.Reason::column)
                .containsExactly("credits", "type", "accredited_until");
        assertThat(draft.languages()).containsExactly("kk", "ru");
        RowConverter excelDate = new RowConverter(new UploadRow(Sheet.PROGRAMS, 6, java.util.Map.of("accredited_until", "46203")));
        assertThat(excelDate.program().accreditedUntil()).isEqualTo(java.time.LocalDate.of(2026, 6, 30));
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
