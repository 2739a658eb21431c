package kz.edufusion.labormarket.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import kz.edufusion.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class VacanciesImportCommandTest {

    @Autowired
    VacanciesImportCommand command;
    @TempDir
    Path dir;

    @Test
    void importsAFileAndPrintsTheReportWithRejectedRows() throws IOException {
        ImportFiles files = new ImportFiles(dir);
        Path file = files.csv("cli.csv", files.row(1, "DevOps Engineer", "<p>Kubernetes, Terraform, AWS</p>", "ТОО CLI") + "\n"
                + files.id(2) + ",Short row\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int exit = command.run(List.of("--in", file.toString()), new PrintStream(out, true, StandardCharsets.UTF_8));

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).isZero();
        assertThat(printed).contains("as hh-csv").contains("COMPLETED").contains("rows/s")
                .contains("2 rows read: 1 new, 0 updated, 0 unchanged, 0 near-duplicates, 1 rejected")
                .contains("row 3 (" + files.id(2) + "): expected at least 14 fields, found 2");
    }

    @Test
    void aFailedFileExitsWithOneAndWrongArgumentsWithTwo() throws IOException {
        ImportFiles files = new ImportFiles(dir);
        Path broken = files.write("broken.json", "[{\"id\": ", StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);

        assertThat(command.run(List.of("--in", broken.toString()), print)).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("FAILED").contains("invalid JSON");
        assertThat(command.run(List.of("--in"), print)).isEqualTo(2);
        assertThat(command.run(List.of("--in", broken.toString(), "--format", "mapped"), print)).isEqualTo(2);
        assertThat(command.run(List.of("--in", broken.toString(), "--format", "mapped", "--mapping", "nope"), print)).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains(VacanciesImportCommand.USAGE).contains("no column mapping named 'nope'");
    }
}
