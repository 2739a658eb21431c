package kz.edufusion.placements.rounds;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import kz.edufusion.placements.allocation.AllocationInstance;
import kz.edufusion.placements.allocation.AllocationResult;
import kz.edufusion.placements.allocation.Category;
import kz.edufusion.placements.allocation.CategorySummary;
import kz.edufusion.placements.allocation.Cutoff;
import kz.edufusion.placements.allocation.NotChosen;
import kz.edufusion.placements.allocation.Reason;
import kz.edufusion.placements.allocation.json.InstanceJson;
import kz.edufusion.placements.allocation.json.ResultJson;
import kz.edufusion.placements.rounds.RunRecords.Explanation;
import kz.edufusion.placements.rounds.RunRecords.OfferOutcome;
import kz.edufusion.placements.rounds.RunRecords.StudentOutcome;
import kz.edufusion.placements.rounds.RunRecords.Summary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The runs of rounds: the instance and the result in the documented JSON format (to replay and audit), and the
 * outcomes as rows the pages read (ids in the instance are the person and offer UUIDs).
 */
@Repository
class RunStore {

    private final JdbcClient jdbc;

    RunStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID insert(UUID roundId, UUID runBy, AllocationInstance instance, AllocationResult result) {
        UUID runId = UUID.randomUUID();
        var summary = result.summary();
        jdbc.sql("INSERT INTO placements.round_run (id, round_id, run_by, students, assigned, seats, by_choice, instance_json, "
                        + "result_json) VALUES (?,?,?,?,?,?,?,?,?)")
                .params(runId, roundId, runBy, summary.students(), summary.assigned(), (int) summary.seats(),
                        summary.byChoice().toArray(Integer[]::new), json(out -> InstanceJson.write(instance, out)),
                        json(out -> ResultJson.write(result, out)))
                .update();
        for (CategorySummary c : summary.categories()) {
            jdbc.sql("INSERT INTO placements.round_run_category VALUES (?,?,?,?,?,?)")
                    .params(runId, c.category().name(), c.students(), c.assigned(), (int) c.reservedSeats(),
                            (int) c.reservedSeatsFilled()).update();
        }
        for (var o : result.offers()) {
            jdbc.sql("INSERT INTO placements.round_offer_outcome VALUES (?,?,?,?,?,?,?,?,?)")
                    .params(runId, UUID.fromString(o.offerId()), o.capacity(), o.filled(), o.applicants(), rank(o.cutoff()),
                            score(o.cutoff()), rank(o.openCutoff()), score(o.openCutoff())).update();
        }
        for (var s : result.students()) {
            UUID student = UUID.fromString(s.studentId());
            jdbc.sql("INSERT INTO placements.round_outcome VALUES (?,?,?,?,?,?,?)")
                    .params(runId, student, s.assigned() ? UUID.fromString(s.offerId()) : null, s.choice(), rank(s.rank()),
                            score(s.rank()), s.assigned() ? (s.reservedSeat() == null ? "OPEN" : s.reservedSeat().name()) : null)
                    .update();
            for (NotChosen n : s.notChosen()) {
                jdbc.sql("INSERT INTO placements.round_not_chosen VALUES (?,?,?,?,?,?,?,?,?,?)")
                        .params(runId, student, n.choice(), UUID.fromString(n.offerId()), n.reason().name(), rank(n.yours()),
                                score(n.yours()), rank(n.cutoff()), score(n.cutoff()), n.reservedFor().isEmpty() ? null
                                        : n.reservedFor().stream().map(Enum::name).collect(Collectors.joining(",")))
                        .update();
            }
        }
        return runId;
    }

    Optional<Summary> summary(UUID runId) {
        List<CategorySummary> categories = jdbc.sql("SELECT category, students, assigned, reserved_seats, reserved_seats_filled "
                        + "FROM placements.round_run_category WHERE run_id = ? ORDER BY category")
                .param(runId).query((rs, n) -> new CategorySummary(Category.valueOf(rs.getString(1)), rs.getInt(2), rs.getInt(3),
                        rs.getInt(4), rs.getInt(5))).list();
        return jdbc.sql("SELECT id, run_at, students, assigned, seats, by_choice FROM placements.round_run WHERE id = ?")
                .param(runId).query((rs, n) -> new Summary(rs.getObject("id", UUID.class), rs.getTimestamp("run_at").toInstant(),
                        rs.getInt("students"), rs.getInt("assigned"), rs.getInt("seats"), ints(rs.getArray("by_choice")),
                        categories)).optional();
    }

    List<OfferOutcome> offers(UUID runId) {
        return jdbc.sql("SELECT * FROM placements.round_offer_outcome WHERE run_id = ?").param(runId)
                .query((rs, n) -> new OfferOutcome(rs.getObject("offer_id", UUID.class), rs.getInt("capacity"), rs.getInt("filled"),
                        rs.getInt("applicants"), cutoff(rs, "cutoff_rank", "cutoff_score"),
                        cutoff(rs, "open_cutoff_rank", "open_cutoff_score"))).list();
    }

    /** Every student's outcome of the run; with {@code studentId}, only that student's. */
    List<StudentOutcome> students(UUID runId, UUID studentId) {
        String only = studentId == null ? "" : " AND student_id = :student";
        Map<UUID, List<Explanation>> explanations = new HashMap<>();
        jdbc.sql("SELECT * FROM placements.round_not_chosen WHERE run_id = :run" + only + " ORDER BY student_id, choice")
                .param("run", runId).params(studentId == null ? Map.of() : Map.of("student", studentId))
                .query((rs, n) -> explanations.computeIfAbsent(rs.getObject("student_id", UUID.class), s -> new java.util.ArrayList<>())
                        .add(new Explanation(rs.getInt("choice"), rs.getObject("offer_id", UUID.class),
                                Reason.valueOf(rs.getString("reason")), cutoff(rs, "your_rank", "your_score"),
                                cutoff(rs, "cutoff_rank", "cutoff_score"), categories(rs.getString("reserved_for")))))
                .list();
        return jdbc.sql("SELECT * FROM placements.round_outcome WHERE run_id = :run" + only + " ORDER BY offer_id NULLS LAST, rank")
                .param("run", runId).params(studentId == null ? Map.of() : Map.of("student", studentId))
                .query((rs, n) -> {
                    UUID student = rs.getObject("student_id", UUID.class);
                    return new StudentOutcome(student, rs.getObject("offer_id", UUID.class), (Integer) rs.getObject("choice"),
                            cutoff(rs, "rank", "score"), rs.getString("seat"), explanations.getOrDefault(student, List.of()));
                }).list();
    }

    /** The instance the run read, as the documented JSON (what the allocate command takes). */
    Optional<String> instanceJson(UUID runId) {
        return jdbc.sql("SELECT instance_json FROM placements.round_run WHERE id = ?").param(runId).query(String.class).optional();
    }

    Optional<String> resultJson(UUID runId) {
        return jdbc.sql("SELECT result_json FROM placements.round_run WHERE id = ?").param(runId).query(String.class).optional();
    }

    private interface Writer {
        void write(java.io.OutputStream out) throws IOException;
    }

    private static String json(Writer writer) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            writer.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private static Integer rank(Cutoff cutoff) {
        return cutoff == null ? null : cutoff.rank();
    }

    private static Double score(Cutoff cutoff) {
        return cutoff == null ? null : cutoff.score();
    }

    private static Cutoff cutoff(ResultSet rs, String rank, String score) throws SQLException {
        Integer r = (Integer) rs.getObject(rank);
        Object s = rs.getObject(score);
        return r == null ? null : new Cutoff(r, s == null ? null : ((Number) s).doubleValue());
    }

    private static List<Category> categories(String names) {
        return names == null ? List.of() : Arrays.stream(names.split(",")).map(Category::valueOf).toList();
    }

    private static List<Integer> ints(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((Integer[]) array.getArray());
    }
}
