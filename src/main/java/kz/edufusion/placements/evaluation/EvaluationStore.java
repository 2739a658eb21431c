package kz.edufusion.placements.evaluation;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import kz.edufusion.placements.PlacementStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Evaluation forms with their ratings, and the decision taken from the final ones. */
@Repository
class EvaluationStore {

    private final JdbcClient jdbc;
    private final EvaluationCriteria criteria;

    EvaluationStore(JdbcClient jdbc, EvaluationCriteria criteria) {
        this.jdbc = jdbc;
        this.criteria = criteria;
    }

    /**
     * Locks the placement's row for the rest of the transaction and reads its status: the mentor's and the tutor's
     * final forms, submitted at the same moment, queue here, so the second one sees the first and decides.
     */
    PlacementStatus lockStatus(UUID placementId) {
        return jdbc.sql("SELECT status FROM placements.placement WHERE id = ? FOR UPDATE").param(placementId)
                .query((rs, n) -> PlacementStatus.valueOf(rs.getString(1))).single();
    }

    List<EvaluationForm> forms(UUID placementId) {
        record Row(UUID evaluationId, String criterion, int rating, String comment) {
        }
        Map<UUID, List<Rating>> ratings = jdbc.sql("SELECT r.evaluation_id, r.criterion, r.rating, r.comment FROM placements.evaluation_rating r"
                        + " JOIN placements.evaluation e ON e.id = r.evaluation_id WHERE e.placement_id = ? ORDER BY r.evaluation_id, r.position")
                .param(placementId)
                .query((rs, n) -> new Row(rs.getObject(1, UUID.class), rs.getString(2), rs.getInt(3), rs.getString(4))).list().stream()
                .collect(Collectors.groupingBy(Row::evaluationId, Collectors.mapping(
                        r -> new Rating(criteria.describe(r.criterion()), r.rating(), r.comment()), Collectors.toList())));
        return jdbc.sql("SELECT id, stage, evaluator, evaluator_id, score, comment, submitted_at FROM placements.evaluation"
                        + " WHERE placement_id = ? ORDER BY submitted_at, stage, evaluator")
                .param(placementId)
                .query((rs, n) -> new EvaluationForm(rs.getObject(1, UUID.class), Stage.valueOf(rs.getString(2)),
                        Evaluator.valueOf(rs.getString(3)), rs.getObject(4, UUID.class), rs.getBigDecimal(5), rs.getString(6),
                        rs.getTimestamp(7).toInstant(), ratings.getOrDefault(rs.getObject(1, UUID.class), List.of())))
                .list();
    }

    UUID insert(UUID placementId, Evaluator evaluator, Stage stage, UUID evaluatorId, BigDecimal score, String comment,
            List<RatingInput> ratings) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO placements.evaluation (id, placement_id, stage, evaluator, evaluator_id, score, comment)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(id, placementId, stage.name(), evaluator.name(), evaluatorId, score, comment).update();
        for (int i = 0; i < ratings.size(); i++) {
            RatingInput r = ratings.get(i);
            jdbc.sql("INSERT INTO placements.evaluation_rating (evaluation_id, position, criterion, rating, comment) VALUES (?, ?, ?, ?, ?)")
                    .params(id, i, r.criterion(), r.rating(), r.comment()).update();
        }
        return id;
    }

    void saveResult(UUID placementId, EvaluationResult result) {
        jdbc.sql("INSERT INTO placements.evaluation_result (placement_id, mentor_score, tutor_score, score, minimum_score, passed, decided_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(placementId, result.mentorScore(), result.tutorScore(), result.score(), result.minimumScore(), result.passed(),
                        Timestamp.from(result.decidedAt()))
                .update();
    }

    java.util.Optional<EvaluationResult> result(UUID placementId) {
        return jdbc.sql("SELECT mentor_score, tutor_score, score, minimum_score, passed, decided_at FROM placements.evaluation_result"
                        + " WHERE placement_id = ?")
                .param(placementId)
                .query((rs, n) -> new EvaluationResult(rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getBigDecimal(3),
                        rs.getBigDecimal(4), rs.getBoolean(5), rs.getTimestamp(6).toInstant()))
                .optional();
    }
}
