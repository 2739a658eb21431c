package kz.edufusion.alignment.gap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.edufusion.alignment.ProgramScore;
import kz.edufusion.alignment.engine.GroupGap;
import kz.edufusion.alignment.engine.GroupKind;
import kz.edufusion.alignment.engine.ProgramGap;
import kz.edufusion.programs.AlignmentProgram;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes and reads the stored results: alignment_run, program_score (what other modules read through
 * AlignmentResults), program_gap and group_gap. Callers hold the transaction.
 */
@Component
class GapStore {

    private static final int BATCH = 500;

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;

    GapStore(JdbcTemplate jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Serializes recomputes across threads and nodes until the caller's transaction ends. */
    void lock() {
        jdbc.query("SELECT pg_advisory_xact_lock(hashtext('alignment.gap_recompute'))", rs -> { });
    }

    long run(RecomputeTrigger trigger, Instant started, Instant finished, int programs, long millis) {
        return jdbc.queryForObject("""
                INSERT INTO alignment.alignment_run (trigger, started_at, finished_at, programs, duration_ms)
                VALUES (?, ?, ?, ?, ?) RETURNING id
                """, Long.class, trigger.name(), Timestamp.from(started), Timestamp.from(finished), programs, millis);
    }

    /** The id of the latest run that was not a single program's, or -1. */
    long lastNationalRun() {
        return jdbc.query("SELECT id FROM alignment.alignment_run WHERE trigger <> 'PROGRAM' ORDER BY id DESC LIMIT 1",
                (rs, n) -> rs.getLong(1)).stream().findFirst().orElse(-1L);
    }

    /**
     * A national run replaces every row older than its inputs (read at {@code inputsReadAt}): programs no longer in
     * the register lose theirs. A row written after that instant describes a program the run did not read, so it
     * stays, and the run's own rows overwrite older ones of the same program.
     */
    void replaceAll(long runId, Instant at, Instant inputsReadAt, Collection<AlignmentProgram> programs,
            java.util.Map<UUID, ProgramGap> gaps, List<GroupGap> groups) {
        jdbc.update("DELETE FROM alignment.program_score WHERE computed_at < ?", Timestamp.from(inputsReadAt));
        jdbc.update("DELETE FROM alignment.program_gap WHERE computed_at < ?", Timestamp.from(inputsReadAt));
        jdbc.update("DELETE FROM alignment.group_gap");
        List<Object[]> scores = new ArrayList<>();
        List<Object[]> details = new ArrayList<>();
        for (AlignmentProgram program : programs) {
            ProgramGap gap = gaps.get(program.id());
            scores.add(scoreRow(program, gap, runId, at));
            details.add(new Object[] {program.id(), runId, gap.status().name(), write(gap), Timestamp.from(at)});
            if (scores.size() == BATCH) {
                flush(scores, details);
            }
        }
        flush(scores, details);
        jdbc.batchUpdate("""
                INSERT INTO alignment.group_gap (kind, group_key, run_id, programs, mean_score, detail, computed_at)
                VALUES (?, ?, ?, ?, ?, CAST(? AS jsonb), ?)
                """, groups.stream().map(g -> new Object[] {g.kind().name(), g.key(), runId, g.programs(), g.meanScore(),
                write(g), Timestamp.from(at)}).toList());
    }

    void upsert(long runId, Instant at, AlignmentProgram program, ProgramGap gap) {
        delete(program.id());
        flush(new ArrayList<>(List.<Object[]>of(scoreRow(program, gap, runId, at))), new ArrayList<>(List.<Object[]>of(
                new Object[] {program.id(), runId, gap.status().name(), write(gap), Timestamp.from(at)})));
    }

    void delete(UUID programId) {
        jdbc.update("DELETE FROM alignment.program_score WHERE program_id = ?", programId);
        jdbc.update("DELETE FROM alignment.program_gap WHERE program_id = ?", programId);
    }

    Optional<StoredGap> programGap(UUID programId) {
        return jdbc.query("SELECT detail::text, computed_at FROM alignment.program_gap WHERE program_id = ?",
                (rs, n) -> new StoredGap(read(rs.getString(1), ProgramGap.class), rs.getTimestamp(2).toInstant()),
                programId).stream().findFirst();
    }

    Optional<StoredGroup> groupGap(GroupKind kind, String key) {
        return jdbc.query("SELECT detail::text, computed_at FROM alignment.group_gap WHERE kind = ? AND group_key = ?",
                (rs, n) -> new StoredGroup(read(rs.getString(1), GroupGap.class), rs.getTimestamp(2).toInstant()),
                kind.name(), key).stream().findFirst();
    }

    /** The latest scores of a group's programs, best first. */
    List<ProgramScore> scores(GroupKind kind, String key) {
        String column = switch (kind) {
            case UNIVERSITY -> "university_id = CAST(? AS uuid)";
            case REGION -> "region_code = ?";
            case FIELD -> "field_code = ?";
        };
        return jdbc.query("SELECT program_id, university_id, code, field_code, region_code, score, demanded_skills, "
                + "missing_skills, run_id, computed_at FROM alignment.program_score WHERE " + column + " "
                + "ORDER BY demanded_skills = 0, score DESC, code", (rs, n) -> new ProgramScore(
                rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getBigDecimal(6).doubleValue(), rs.getInt(7), rs.getInt(8), rs.getLong(9),
                rs.getTimestamp(10).toInstant()), key);
    }

    private Object[] scoreRow(AlignmentProgram program, ProgramGap gap, long runId, Instant at) {
        return new Object[] {program.id(), program.universityId(), program.code(), program.fieldCode(),
            program.regionCode(), gap.score(), gap.demandedSkills(), gap.missing().size(), runId, Timestamp.from(at)};
    }

    private void flush(List<Object[]> scores, List<Object[]> details) {
        if (scores.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("""
                INSERT INTO alignment.program_score (program_id, university_id, code, field_code, region_code, score,
                    demanded_skills, missing_skills, run_id, computed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (program_id) DO UPDATE SET university_id = EXCLUDED.university_id, code = EXCLUDED.code,
                    field_code = EXCLUDED.field_code, region_code = EXCLUDED.region_code, score = EXCLUDED.score,
                    demanded_skills = EXCLUDED.demanded_skills, missing_skills = EXCLUDED.missing_skills,
                    run_id = EXCLUDED.run_id, computed_at = EXCLUDED.computed_at
                """, scores);
        jdbc.batchUpdate("""
                INSERT INTO alignment.program_gap (program_id, run_id, status, detail, computed_at)
                VALUES (?, ?, ?, CAST(? AS jsonb), ?)
                ON CONFLICT (program_id) DO UPDATE SET run_id = EXCLUDED.run_id, status = EXCLUDED.status,
                    detail = EXCLUDED.detail, computed_at = EXCLUDED.computed_at
                """, details);
        scores.clear();
        details.clear();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write gap analysis as JSON", e);
        }
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored gap analysis unreadable", e);
        }
    }

    record StoredGap(ProgramGap gap, Instant computedAt) {
    }

    record StoredGroup(GroupGap group, Instant computedAt) {
    }
}
