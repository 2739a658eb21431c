package kz.edufusion.skills.domain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import kz.edufusion.skills.SkillExtractionService;
import kz.edufusion.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** The command with the application's extraction service: the dictionary of the taxonomy tables. */
@IntegrationTest
class SkillsExtractCommandTest {

    @Autowired
    SkillExtractionService service;

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errors = new ByteArrayOutputStream();
    private final ObjectMapper json = new ObjectMapper();
    private SkillsExtractCommand command;

    @BeforeEach
    void command() {
        command = new SkillsExtractCommand(service, json, new PrintStream(errors, true, StandardCharsets.UTF_8));
    }

    @Test
    void extractsLineByLineAndSkipsBadLinesWithTheirNumbers(@TempDir Path dir) throws Exception {
        Path in = dir.resolve("docs.jsonl");
        Path out = dir.resolve("skills.jsonl");
        Files.writeString(in, """
                {"id": "v1", "text": "Требования: опыт с PostgreSQL и Docker"}
                not json
                {"id": 2, "text": "Python тілінде бағдарламалау"}
                {"text": "no id"}
                """, StandardCharsets.UTF_8);

        int exit = command.run(List.of("--in", in.toString(), "--out", out.toString()), print());

        assertThat(exit).isEqualTo(1);
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        JsonNode first = json.readTree(lines.get(0));
        assertThat(first.get("id").asText()).isEqualTo("v1");
        assertThat(first.get("skills").findValuesAsText("label")).contains("PostgreSQL");
        assertThat(json.readTree(lines.get(1)).get("id").asInt()).isEqualTo(2);
        assertThat(errors.toString(StandardCharsets.UTF_8)).contains("line 2: not JSON").contains("line 4: expected");
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("2 documents, 2 lines skipped").contains("documents/second");
    }

    @Test
    void explainsItsUsage() throws Exception {
        assertThat(command.run(List.of("--in"), print())).isEqualTo(2);
        assertThat(command.run(List.of("--in", "/no/such/file", "--out", "/tmp/x.jsonl"), print())).isEqualTo(2);
        assertThat(output.toString(StandardCharsets.UTF_8)).contains("Usage: skills-extract").contains("Cannot read");
    }

    private PrintStream print() {
        return new PrintStream(output, true, StandardCharsets.UTF_8);
    }
}
