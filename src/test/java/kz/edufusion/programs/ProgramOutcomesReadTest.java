package kz.edufusion.programs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import kz.edufusion.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The register's outcomes of a university's program by code, in order; none for another university or code. */
@IntegrationTest
class ProgramOutcomesReadTest {

    @Autowired
    ProgramRegister register;
    @Autowired
    JdbcClient jdbc;

    @Test
    void outcomesOfTheDemoComputerScienceProgram() {
        UUID kaznu = jdbc.sql("SELECT university_id FROM programs.program WHERE code = '6B06101' LIMIT 1").query(UUID.class).single();
        assertThat(register.outcomes(kaznu, "6B06101")).extracting(ProgramOutcomeView::code).startsWith("LO1", "LO2");
        assertThat(register.outcomes(kaznu, "6B06101").get(0).text().ru()).isEqualTo("Разрабатывает и тестирует программы на Python и Java");
        assertThat(register.outcomes(UUID.randomUUID(), "6B06101")).isEmpty();
        assertThat(register.outcomes(kaznu, "6B99999")).isEmpty();
        assertThat(register.outcomes(kaznu, null)).isEmpty();
    }
}
