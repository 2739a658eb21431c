package kz.edufusion.reference.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kz.edufusion.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ReferenceImportCommandTest {

    private final ImportCommand command;
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();

    @Autowired
    ReferenceImportCommandTest(ImportCommand command) {
        this.command = command;
    }

    @Test
    void reportsTheBundledDatasetsAsImportedByThisProcessOrUnchanged() {
        assertThat(run("import")).isZero();
        // whether this context's start-up pass found an empty database depends on which test context started first
        assertThat(printed()).contains("from bundled").satisfiesAnyOf(
                out -> assertThat(out).contains("occupations  imported 3039 rows"),
                out -> assertThat(out).contains("occupations  skipped: unchanged since the last import"));
    }

    @Test
    void exitsWithOneAndExplainsWhenADatasetFails(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("fields_of_education.csv"), "code,name_kk,name_en\n01,x,y\n", StandardCharsets.UTF_8);

        assertThat(run("--dir", dir.toString())).isEqualTo(1);
        assertThat(printed())
                .contains("fields       FAILED, nothing written: missing column(s) name_ru in the header")
                .contains("regions      skipped: file not found");
    }

    @Test
    void refusesUnknownArgumentsAndMissingDirectories() {
        assertThat(run("--fast")).isEqualTo(2);
        assertThat(run("--dir", "/no/such/directory")).isEqualTo(2);
        assertThat(printed()).contains("Usage: import [--dir DIR] [--force]").contains("Not a directory");
    }

    private int run(String... arguments) {
        List<String> args = arguments.length > 0 && arguments[0].equals("import") ? List.of() : List.of(arguments);
        return command.run(args, new PrintStream(output, true, StandardCharsets.UTF_8));
    }

    private String printed() {
        return output.toString(StandardCharsets.UTF_8);
    }
}
