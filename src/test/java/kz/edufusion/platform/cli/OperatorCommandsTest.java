package kz.edufusion.platform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kz.edufusion.common.cli.OperatorCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The dispatcher with small stand-in applications instead of the platform (no database): standalone
 * commands run without any context, the others inside one, {@code help} lists both.
 */
class OperatorCommandsTest {

    @TempDir
    Path directory;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalOut;
    private PrintStream originalErr;

    @BeforeEach
    void captureConsole() {
        originalOut = System.out;
        originalErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreConsole() {
        System.setOut(originalOut);
        System.setErr(originalErr);
    }

    /** An application whose context cannot start: a command that works with it never started one. */
    @Configuration(proxyBeanMethods = false)
    static class UnstartableApplication {
        @Bean
        String refuse() {
            throw new IllegalStateException("the context was started");
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class ApplicationWithACommand {
        static final List<String> RECEIVED = new ArrayList<>();

        @Bean
        OperatorCommand echo() {
            return new OperatorCommand() {
                public String name() {
                    return "echo";
                }

                public String description() {
                    return "prints its arguments";
                }

                public int run(List<String> arguments, PrintStream console) {
                    RECEIVED.addAll(arguments);
                    return 7;
                }
            };
        }
    }

    @Test
    void allocateRunsWithoutAnApplicationContext() throws IOException {
        Path instance = directory.resolve("instance.json");
        try (InputStream in = getClass().getResourceAsStream("/placements/allocation/example-instance.json")) {
            Files.copy(in, instance);
        }
        Path result = directory.resolve("result.json");

        int code = OperatorCommands.runCommand(UnstartableApplication.class, "allocate",
                new String[] {"--in", instance.toString(), "--out", result.toString()});

        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        assertThat(Files.readString(result)).contains("\"assigned\":4");
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("5 students, 4 assigned");
        assertThat(OperatorCommands.runCommand(UnstartableApplication.class, "help", new String[0]))
                .as("the stand-in application really cannot start").isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("the context was started");
    }

    @Test
    void anInvalidInstanceExitsWith2() throws IOException {
        Path instance = Files.writeString(directory.resolve("bad.json"), "{\"students\": [], \"offers\": [{\"id\": \"x\"}]}");

        int code = OperatorCommands.runCommand(UnstartableApplication.class, "allocate",
                new String[] {"--in", instance.toString(), "--out", directory.resolve("r.json").toString()});

        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("$.offers[0].capacity: required");
        assertThat(directory.resolve("r.json")).doesNotExist();
    }

    @Test
    void otherCommandsStillRunInTheContextWithoutSpringArguments() {
        ApplicationWithACommand.RECEIVED.clear();

        int code = OperatorCommands.runCommand(ApplicationWithACommand.class, "echo",
                new String[] {"a", "--spring.main.lazy-initialization=true", "b"});

        assertThat(code).isEqualTo(7);
        assertThat(ApplicationWithACommand.RECEIVED).containsExactly("a", "b");
        assertThat(OperatorCommands.runCommand(ApplicationWithACommand.class, "nope", new String[0])).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("Unknown command 'nope'");
    }

    @Test
    void helpListsContextAndStandaloneCommands() {
        assertThat(OperatorCommands.runCommand(ApplicationWithACommand.class, "help", new String[0])).isZero();

        assertThat(out.toString(StandardCharsets.UTF_8)).contains("serve (default)", "  allocate - allocate students to offers",
                "  echo - prints its arguments");
    }
}
