package kz.edufusion.programs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import kz.edufusion.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The register as the gap analysis reads it: only confirmed skills count, each at its highest level, with the
 * disciplines that develop it directly or through the outcomes they serve; the latest cohort gives intake.
 */
@IntegrationTest
class ProgramRegisterReadTest {

    private static final UUID UNIVERSITY = UUID.fromString("00000000-0000-0000-0000-0000000000aa");
    private static final UUID PROGRAM = UUID.fromString("00000000-0000-0000-0000-0000000000a1");
    private static final UUID OUTCOME = UUID.fromString("00000000-0000-0000-0000-0000000000b1");
    private static final UUID DISCIPLINE = UUID.fromString("00000000-0000-0000-0000-0000000000c1");

    @Autowired ProgramRegister register;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void removeFixture() {
        jdbc.update("DELETE FROM programs.program WHERE id = ?", PROGRAM);
    }

    @Test
    void readsConfirmedSkillsAtTheirHighestLevelWithTheirDisciplines() {
        jdbc.update("""
                INSERT INTO programs.program (id, university_id, code, level, nqf_level, field_code, area_code, title_en,
                    program_type, region_code) VALUES (?, ?, '6B06199', 'BACHELOR', 6, '06', '061', 'Fixture ICT', 'EXISTING', 'KZ-75')
                """, PROGRAM, UNIVERSITY);
        jdbc.update("INSERT INTO programs.program_cohort VALUES (?, 2024, 50, 40), (?, 2025, 60, 45)", PROGRAM, PROGRAM);
        jdbc.update("INSERT INTO programs.learning_outcome (id, program_id, code, text_en) VALUES (?, ?, 'LO1', 'Writes SQL')",
                OUTCOME, PROGRAM);
        jdbc.update("""
                INSERT INTO programs.discipline (id, program_id, code, title_en, cycle, component, credits)
                VALUES (?, ?, 'DB201', 'Databases', 'BD', 'CORE', 5)
                """, DISCIPLINE, PROGRAM);
        jdbc.update("INSERT INTO programs.discipline_outcome VALUES (?, ?)", DISCIPLINE, OUTCOME);
        link(OUTCOME, null, "http://example.org/sql", "CONFIRMED", "PRACTICED");
        link(null, DISCIPLINE, "http://example.org/sql", "CONFIRMED", "MASTERED");
        link(null, DISCIPLINE, "http://example.org/java", "PROPOSED", null);
        link(OUTCOME, null, "http://example.org/cobol", "REJECTED", null);
        jdbc.update("INSERT INTO programs.target_occupation VALUES (?, 'http://example.org/occ/dev', '2512', true)", PROGRAM);
        jdbc.update("INSERT INTO programs.target_sector VALUES (?, 'J')", PROGRAM);

        AlignmentProgram program = register.alignmentProgram(PROGRAM).orElseThrow();

        assertThat(program.intake()).isEqualTo(60);
        assertThat(program.graduates()).isEqualTo(45);
        assertThat(program.targetIscoCodes()).containsExactly("2512");
        assertThat(program.sectors()).containsExactly("J");
        assertThat(program.skills()).containsExactly(
                new TaughtSkill("http://example.org/sql", SkillLevel.MASTERED, java.util.List.of("DB201")));
        assertThat(register.disciplineCatalog()).filteredOn(d -> d.programId().equals(PROGRAM))
                .singleElement().satisfies(d -> assertThat(d.skillUris()).containsExactly("http://example.org/sql"));
        assertThat(register.alignmentPrograms()).extracting(AlignmentProgram::id).contains(PROGRAM);
    }

    private void link(UUID outcome, UUID discipline, String skill, String status, String level) {
        jdbc.update("""
                INSERT INTO programs.skill_link (id, program_id, outcome_id, discipline_id, skill_uri, status, level)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, UUID.randomUUID(), PROGRAM, outcome, discipline, skill, status, level);
    }
}
