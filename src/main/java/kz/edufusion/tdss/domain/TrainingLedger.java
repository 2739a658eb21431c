package kz.edufusion.tdss.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What an educator has to show for their training: the confirmed completions of {@code tdss.training_completion}.
 * Development plans write completions here (cohorts, academy courses, confirmed external records); certification
 * reads the totals. Only CONFIRMED rows count anywhere.
 */
@Repository
public class TrainingLedger {

    private final JdbcClient jdbc;

    TrainingLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The confirmed training of one person: hours in total, hours at international level, programs completed. */
    public record Summary(BigDecimal hours, BigDecimal internationalHours, Set<String> programCodes) {
    }

    /** A completed training to enter; {@code programId} null for an external training outside the program list. */
    public record Completion(UUID personId, UUID programId, String title, String provider, String level,
            BigDecimal hours, String source, String status, LocalDate completedOn) {
    }

    public Summary of(UUID personId) {
        record Totals(BigDecimal hours, BigDecimal international) {
        }
        Totals totals = jdbc.sql("""
                SELECT coalesce(sum(hours), 0), coalesce(sum(hours) FILTER (WHERE level = 'INTERNATIONAL'), 0)
                FROM tdss.training_completion WHERE person_id = ? AND status = 'CONFIRMED'""")
                .param(personId).query((rs, n) -> new Totals(rs.getBigDecimal(1), rs.getBigDecimal(2))).single();
        Set<String> codes = jdbc.sql("""
                SELECT p.code FROM tdss.training_completion c JOIN tdss.training_program p ON p.id = c.program_id
                WHERE c.person_id = ? AND c.status = 'CONFIRMED'""").param(personId).query(String.class).list()
                .stream().collect(Collectors.toUnmodifiableSet());
        return new Summary(totals.hours(), totals.international(), codes);
    }

    /**
     * Enters a completion; answers its id, or null when the person already holds this program (pending or confirmed),
     * so a cohort completion and the same course finished online count once.
     */
    public UUID record(Completion completion) {
        UUID id = UUID.randomUUID();
        int inserted = jdbc.sql("""
                INSERT INTO tdss.training_completion
                    (id, person_id, program_id, title, provider, level, hours, source, status, completed_on)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (person_id, program_id) WHERE program_id IS NOT NULL AND status <> 'REJECTED' DO NOTHING""")
                .params(id, completion.personId(), completion.programId(), completion.title(), completion.provider(),
                        completion.level(), completion.hours(), completion.source(), completion.status(),
                        completion.completedOn())
                .update();
        return inserted == 1 ? id : null;
    }
}
