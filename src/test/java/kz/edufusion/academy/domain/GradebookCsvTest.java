package kz.edufusion.academy.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** CSV cells of the gradebook: quoted when they must be, and never a formula a spreadsheet would run. */
class GradebookCsvTest {

    @Test
    void cellsAreQuotedAndFormulasDisarmed() {
        assertThat(Gradebook.quote("Aigerim")).isEqualTo("Aigerim");
        assertThat(Gradebook.quote("Nurlan, Jr")).isEqualTo("\"Nurlan, Jr\"");
        assertThat(Gradebook.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(Gradebook.quote("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(Gradebook.quote("-1")).isEqualTo("'-1");
    }
}
