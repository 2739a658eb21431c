package kz.edufusion.placements.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AllocateCommandTest {

    @TempDir
    Path directory;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errors = new ByteArrayOutputStream();
    private final AllocateCommand command = new AllocateCommand(new PrintStream(errors, true, StandardCharsets.UTF_8));

    private int run(String... arguments) throws IOException {
        return command.run(List.of(arguments), new PrintStream(out, true, StandardCharsets.UTF_8));
    }

    static Path example(Path directory) throws IOException {
        Path instance = directory.resolve("instance.json");
        try (InputStream in = AllocateCommandTest.class.getResourceAsStream("/placements/allocation/example-instance.json")) {
            Files.copy(in, instance);
        }
        return instance;
    }

    @Test
    void writesTheResultAndPrintsTheSummary() throws IOException {
        Path result = directory.resolve("result.json");

        assertThat(run("--in", example(directory).toString(), "--out", result.toString())).isZero();

        assertThat(Files.readString(result)).startsWith("{\"format\":\"edufusion-allocation-result/1\"");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("5 students, 4 assigned, 1 unassigned; 4 of 6 seats filled",
                "by choice: 1: 3, 2: 1, 3: 0", "WOMEN_IN_STEM: 2 students, 1 assigned, 1 of 1 reserved seats taken");
        try (var files = Files.list(directory)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("no temporary file left").containsExactlyInAnyOrder(
                    "instance.json", "result.json");
        }
    }

    @Test
    void anInvalidInstanceExitsWith2PrintsEveryProblemAndKeepsTheOldResult() throws IOException {
        Path instance = directory.resolve("bad.json");
        Files.writeString(instance, """
                {"students": [{"id": "a", "preferences": ["x", "y"]}],
                 "offers": [{"id": "x", "capacity": -2, "ranking": ["a"]}]}""");
        Path result = Files.writeString(directory.resolve("result.json"), "previous");

        assertThat(run("--in", instance.toString(), "--out", result.toString())).isEqualTo(2);

        assertThat(errors.toString(StandardCharsets.UTF_8)).contains("2 problem(s) in " + instance,
                "  $.students[0].preferences[1]: unknown offer id 'y'", "  $.offers[0].capacity: capacity must not be negative, was -2");
        assertThat(Files.readString(result)).isEqualTo("previous");
    }

    @Test
    void usageErrorsExitWith2() throws IOException {
        assertThat(run("--in", "x.json")).isEqualTo(2);
        assertThat(run("--in", "x.json", "--out")).isEqualTo(2);
        assertThat(run("--verbose", "--in", "x.json", "--out", "y.json")).isEqualTo(2);
        assertThat(run("--in", directory.resolve("missing.json").toString(), "--out", directory.resolve("r.json").toString())).isEqualTo(2);
        assertThat(run("--in", example(directory).toString(), "--out", directory.resolve("no/such/dir/r.json").toString())).isEqualTo(2);
        assertThat(errors.toString(StandardCharsets.UTF_8)).contains("Usage: allocate --in INSTANCE.json --out RESULT.json",
                "Cannot read", "No directory for");
    }
}
