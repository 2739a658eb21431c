package kz.edufusion.skills.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import kz.edufusion.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class SkillsImportCommandTest {

    @Autowired
    SkillsImportCommand command;
    @TempDir
    Path dir;

    @Test
    void importsAnOperatorsDirectoryAndPrintsEachFileWithItsRejectedLines() throws IOException {
        String custom = "https://edufusion.kz/skill/cmd-" + UUID.randomUUID();
        Files.writeString(dir.resolve("curated-skills.csv"),
                "uri,esco_uri,broader_uri,type,label_en,label_ru,label_kk,synonyms_en,synonyms_ru,synonyms_kk\n"
                        + custom + ",,,skill,Grommet polishing,Полировка люверсов,,,,\n"
                        + custom + "-2,,,sorcery,Bad type,,,,,\n", StandardCharsets.UTF_8);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = command.run(List.of("--dir", dir.toString(), "--force"), new PrintStream(out, true, StandardCharsets.UTF_8));

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).isZero();
        assertThat(printed).contains("digital      skipped: file not found")
                .contains("curated      imported 1 rows (3 writes), 1 rejected")
                .contains("line 3: type 'sorcery' is not skill/competence, knowledge, transversal or language");
    }

    @Test
    void importsTheOccupationSkillRelationsOfAnOperatorsDirectory() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = command.run(List.of("--dir", OccupationSkillImportTest.fixture().toString(), "--force"),
                new PrintStream(out, true, StandardCharsets.UTF_8));

        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).isZero();
        assertThat(printed).contains("skills       skipped: file not found")
                .contains("occupation-skills imported 6 rows")
                .contains(", 5 rejected")
                .contains("line 8: skill http://data.europa.eu/esco/skill/00000000-0000-4000-8000-0000000000aa is not in the taxonomy")
                .contains("line 9: relationType 'sometimes' is not essential or optional");
    }

    @Test
    void aWrongArgumentIsAUsageError() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(command.run(List.of("--bogus"), new PrintStream(out, true, StandardCharsets.UTF_8))).isEqualTo(2);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("Usage: skills-import [--dir DIR] [--force]");
    }
}
