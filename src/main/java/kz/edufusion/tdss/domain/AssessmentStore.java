package kz.edufusion.tdss.domain;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Self-assessments and their ratings. */
@Repository
class AssessmentStore {

    private final JdbcClient jdbc;

    AssessmentStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record AssessmentRow(UUID id, UUID personId, UUID organizationId, UUID frameworkId, Instant updatedAt) {
    }

    UUID save(UUID personId, UUID organizationId, UUID frameworkId, Map<UUID, Integer> ratings) {
        Timestamp now = Timestamp.from(Instant.now());
        UUID id = jdbc.sql("""
                INSERT INTO tdss.self_assessment (id, person_id, organization_id, framework_id, updated_at)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (person_id, framework_id, organization_id) DO UPDATE SET updated_at = EXCLUDED.updated_at
                RETURNING id""").params(UUID.randomUUID(), personId, organizationId, frameworkId, now)
                .query(UUID.class).single();
        jdbc.sql("DELETE FROM tdss.self_rating WHERE assessment_id = ?").param(id).update();
        ratings.forEach((item, rank) -> jdbc.sql("INSERT INTO tdss.self_rating (assessment_id, item_id, level_rank) VALUES (?, ?, ?)")
                .params(id, item, rank).update());
        return id;
    }

    Optional<AssessmentRow> find(UUID id) {
        return jdbc.sql("SELECT id, person_id, organization_id, framework_id, updated_at FROM tdss.self_assessment WHERE id = ?")
                .param(id).query(AssessmentStore::row).optional();
    }

    Optional<AssessmentRow> mine(UUID personId, UUID frameworkId) {
        return jdbc.sql("""
                SELECT id, person_id, organization_id, framework_id, updated_at FROM tdss.self_assessment
                WHERE person_id = ? AND framework_id = ? ORDER BY updated_at DESC LIMIT 1""")
                .params(personId, frameworkId).query(AssessmentStore::row).optional();
    }

    Map<UUID, Integer> ratings(UUID assessmentId) {
        Map<UUID, Integer> ratings = new HashMap<>();
        jdbc.sql("SELECT item_id, level_rank FROM tdss.self_rating WHERE assessment_id = ?").param(assessmentId)
                .query(rs -> {
                    ratings.put(rs.getObject("item_id", UUID.class), rs.getInt("level_rank"));
                });
        return ratings;
    }

    record ItemAggregate(UUID itemId, int educators, double mean) {
    }

    List<ItemAggregate> aggregates(UUID organizationId, UUID frameworkId) {
        return jdbc.sql("""
                SELECT r.item_id, count(DISTINCT a.person_id) AS educators, avg(r.level_rank) AS mean
                FROM tdss.self_assessment a JOIN tdss.self_rating r ON r.assessment_id = a.id
                WHERE a.organization_id = ? AND a.framework_id = ? GROUP BY r.item_id""")
                .params(organizationId, frameworkId)
                .query((rs, n) -> new ItemAggregate(rs.getObject("item_id", UUID.class), rs.getInt("educators"),
                        rs.getDouble("mean")))
                .list();
    }

    int educators(UUID organizationId, UUID frameworkId) {
        return jdbc.sql("SELECT count(DISTINCT person_id) FROM tdss.self_assessment WHERE organization_id = ? AND framework_id = ?")
                .params(organizationId, frameworkId).query(Integer.class).single();
    }

    private static AssessmentRow row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new AssessmentRow(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                rs.getObject("organization_id", UUID.class), rs.getObject("framework_id", UUID.class),
                rs.getTimestamp("updated_at").toInstant());
    }
}
