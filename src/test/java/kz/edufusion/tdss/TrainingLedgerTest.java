package kz.edufusion.tdss;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import kz.edufusion.support.IntegrationTest;
import kz.edufusion.tdss.domain.TrainingLedger;
import kz.edufusion.tdss.domain.TrainingLedger.Completion;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Only confirmed training counts; a program held once is not entered twice; international hours are told apart. */
@IntegrationTest
class TrainingLedgerTest {

    @Autowired
    TrainingLedger ledger;
    @Autowired
    JdbcClient jdbc;

    @Test
    void countsConfirmedTrainingOnceAndSeparatesInternationalHours() {
        UUID person = UUID.randomUUID();
        UUID program = UUID.randomUUID();
        String code = "LEDGER-" + program;
        jdbc.sql("INSERT INTO tdss.training_program (id, code, kind, level, title_kk, title_ru, title_en, provider, hours) "
                + "VALUES (?, ?, 'EXTERNAL', 'INTERNATIONAL', 'T', 'T', 'T', 'British Council', 24)").params(program, code).update();
        LocalDate day = LocalDate.of(2026, 11, 2);

        assertThat(ledger.record(new Completion(person, program, "T", "British Council", "INTERNATIONAL",
                new BigDecimal("24"), "EXTERNAL", "CONFIRMED", day))).isNotNull();
        assertThat(ledger.record(new Completion(person, program, "T", "British Council", "INTERNATIONAL",
                new BigDecimal("24"), "COHORT", "CONFIRMED", day))).as("the same program twice").isNull();
        ledger.record(new Completion(person, null, "Seminar", "NIS", "NATIONAL", new BigDecimal("6.5"), "EXTERNAL",
                "CONFIRMED", day));
        ledger.record(new Completion(person, null, "Unconfirmed", "NIS", "NATIONAL", new BigDecimal("40"), "EXTERNAL",
                "PENDING", day));

        TrainingLedger.Summary summary = ledger.of(person);
        assertThat(summary.hours()).isEqualByComparingTo("30.5");
        assertThat(summary.internationalHours()).isEqualByComparingTo("24");
        assertThat(summary.programCodes()).containsExactly(code);
        assertThat(ledger.of(UUID.randomUUID()).hours()).isEqualByComparingTo("0");
    }

    /** More reads than the pool has connections, outside any transaction: each read gives its connection back. */
    @Test
    void readingTheLedgerReturnsItsConnection() {
        UUID person = UUID.randomUUID();
        for (int i = 0; i < 25; i++) {
            assertThat(ledger.of(person).programCodes()).isEmpty();
        }
    }
}
