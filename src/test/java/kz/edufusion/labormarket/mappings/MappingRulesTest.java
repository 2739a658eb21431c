package kz.edufusion.labormarket.mappings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Map;
import kz.edufusion.labormarket.imports.ColumnMapping;
import kz.edufusion.labormarket.imports.MappedField;
import org.junit.jupiter.api.Test;

class MappingRulesTest {

    private static final Map<MappedField, String> REQUIRED = Map.of(MappedField.SOURCE_ID, " id ",
            MappedField.TITLE, "Должность", MappedField.PUBLISHED_AT, "Дата", MappedField.CITY, "  ");

    @Test
    void aValidDraftBecomesTheMappingTheImporterReads() {
        ColumnMapping mapping = MappingRules.check(7, new MappingDraft(" Enbek export ", "enbek", ";", "CP1251",
                REQUIRED, " dd.MM.yyyy "));

        assertThat(mapping.id()).isEqualTo(7);
        assertThat(mapping.name()).isEqualTo("Enbek export");
        assertThat(mapping.delimiter()).isEqualTo(';');
        assertThat(mapping.encoding()).isEqualTo("windows-1251");
        assertThat(mapping.dateFormat()).isEqualTo("dd.MM.yyyy");
        // headers trimmed, blank ones left out
        assertThat(mapping.columns()).containsOnly(Map.entry(MappedField.SOURCE_ID, "id"),
                Map.entry(MappedField.TITLE, "Должность"), Map.entry(MappedField.PUBLISHED_AT, "Дата"));
    }

    @Test
    void tabAutoEncodingAndIsoDates() {
        ColumnMapping mapping = MappingRules.check(0, new MappingDraft("tsv", "my-src_2", "\\t", "auto", REQUIRED, " "));
        assertThat(mapping.delimiter()).isEqualTo('\t');
        assertThat(mapping.encoding()).isEqualTo("auto");
        assertThat(mapping.dateFormat()).isNull();
        assertThat(MappingRules.check(0, new MappingDraft("tsv", "x", "tab", "UTF-8", REQUIRED, null)).delimiter()).isEqualTo('\t');
    }

    @Test
    void everyBrokenRuleIsNamedAtItsField() {
        InvalidMapping problem = catchThrowableOfType(InvalidMapping.class, () -> MappingRules.check(0, new MappingDraft(
                " ", "Enbek!", ";;", "no-such-charset", Map.of(MappedField.TITLE, "Title", MappedField.URL, "u".repeat(201)),
                "dd.MM.yyyy ppp {")));

        assertThat(problem.fieldErrors()).containsOnly(
                Map.entry("name", "lm.mappings.error.name"),
                Map.entry("source", "lm.mappings.error.source"),
                Map.entry("delimiter", "lm.mappings.error.delimiter"),
                Map.entry("encoding", "lm.mappings.error.encoding"),
                Map.entry("dateFormat", "lm.mappings.error.dateFormat"),
                Map.entry("columns.SOURCE_ID", "lm.mappings.error.required"),
                Map.entry("columns.PUBLISHED_AT", "lm.mappings.error.required"),
                Map.entry("columns.URL", "lm.mappings.error.header"));
        assertThat(problem.status().value()).isEqualTo(400);
    }

    @Test
    void quotesLineBreaksAndIllegalCharsetNamesAreRefused() {
        for (String delimiter : new String[] {"\"", "\n", "", null}) {
            assertThat(MappingRules.delimiter(delimiter)).as(String.valueOf(delimiter)).isNull();
        }
        InvalidMapping problem = catchThrowableOfType(InvalidMapping.class,
                () -> MappingRules.check(0, new MappingDraft("a", "a", ",", "bad name!", REQUIRED, null)));
        assertThat(problem.fieldErrors()).containsOnlyKeys("encoding");
    }
}
