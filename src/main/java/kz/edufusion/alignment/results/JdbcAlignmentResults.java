package kz.edufusion.alignment.results;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.edufusion.alignment.AlignmentResults;
import kz.edufusion.alignment.AlignmentRun;
import kz.edufusion.alignment.ProgramScore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reads {@code alignment.program_score} and {@code alignment.alignment_run}, which the recompute writes. */
@Component
class JdbcAlignmentResults implements AlignmentResults {

    private static final String SCORES = """
            SELECT program_id, university_id, code, field_code, region_code, score, demanded_skills, missing_skills,
                   run_id, computed_at FROM alignment.program_score
            """;

    private final JdbcTemplate jdbc;

    JdbcAlignmentResults(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ProgramScore> latestScores() {
        return jdbc.query(SCORES + " ORDER BY field_code, region_code, code, program_id", (rs, n) -> score(rs));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ProgramScore> score(UUID programId) {
        return jdbc.query(SCORES + " WHERE program_id = ?", (rs, n) -> score(rs), programId).stream().findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AlignmentRun> lastRun() {
        return jdbc.query("""
                SELECT id, trigger, started_at, finished_at, programs, duration_ms FROM alignment.alignment_run
                 ORDER BY finished_at DESC, id DESC LIMIT 1
                """, (rs, n) -> new AlignmentRun(rs.getLong("id"), rs.getString("trigger"),
                rs.getTimestamp("started_at").toInstant(), rs.getTimestamp("finished_at").toInstant(),
                rs.getInt("programs"), rs.getLong("duration_ms"))).stream().findFirst();
    }

    private static ProgramScore score(ResultSet rs) throws SQLException {
        return new ProgramScore(rs.getObject("program_id", UUID.class), rs.getObject("university_id", UUID.class),
                rs.getString("code"), rs.getString("field_code"), rs.getString("region_code"),
                rs.getBigDecimal("score").doubleValue(), rs.getInt("demanded_skills"), rs.getInt("missing_skills"),
                rs.getLong("run_id"), rs.getTimestamp("computed_at").toInstant());
    }
}
