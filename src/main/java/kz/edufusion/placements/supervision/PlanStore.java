package kz.edufusion.placements.supervision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The practice plan's assignments with their outcome codes and skill URIs. */
@Repository
class PlanStore {

    record Row(UUID id, int position, String title, String description, LocalDate dueOn, List<String> outcomeCodes,
            List<String> skillUris) {
    }

    private final JdbcClient jdbc;

    PlanStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Row> assignments(UUID placementId) {
        Map<UUID, List<String>> outcomes = new LinkedHashMap<>();
        jdbc.sql("SELECT o.assignment_id, o.outcome_code FROM placements.plan_assignment_outcome o "
                        + "JOIN placements.plan_assignment a ON a.id = o.assignment_id WHERE a.placement_id = ? ORDER BY o.outcome_code")
                .param(placementId).query(rs -> {
                    outcomes.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(rs.getString(2));
                });
        Map<UUID, List<String>> skills = new LinkedHashMap<>();
        jdbc.sql("SELECT s.assignment_id, s.skill_uri FROM placements.plan_assignment_skill s "
                        + "JOIN placements.plan_assignment a ON a.id = s.assignment_id WHERE a.placement_id = ? ORDER BY s.skill_uri")
                .param(placementId).query(rs -> {
                    skills.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>()).add(rs.getString(2));
                });
        return jdbc.sql("SELECT id, position, title, description, due_on FROM placements.plan_assignment "
                        + "WHERE placement_id = ? ORDER BY position, created_at")
                .param(placementId).query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new Row(id, rs.getInt("position"), rs.getString("title"), rs.getString("description"),
                            rs.getObject("due_on", LocalDate.class), outcomes.getOrDefault(id, List.of()),
                            skills.getOrDefault(id, List.of()));
                }).list();
    }

    boolean belongs(UUID placementId, UUID assignmentId) {
        return jdbc.sql("SELECT count(*) FROM placements.plan_assignment WHERE id = ? AND placement_id = ?")
                .params(assignmentId, placementId).query(Long.class).single() > 0;
    }

    Optional<String> programCode(UUID studentId) {
        return jdbc.sql("SELECT program_code FROM placements.student_profile WHERE person_id = ?").param(studentId)
                .query(String.class).optional();
    }

    UUID insert(UUID placementId, String title, String description, LocalDate dueOn, List<String> outcomes, List<String> skills,
            UUID createdBy) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO placements.plan_assignment (id, placement_id, position, title, description, due_on, created_by) "
                        + "SELECT ?, ?, coalesce(max(position), 0) + 1, ?, ?, ?, ? FROM placements.plan_assignment WHERE placement_id = ?")
                .params(id, placementId, title, description, dueOn, createdBy, placementId).update();
        links(id, outcomes, skills);
        return id;
    }

    /** Replaces the fields and outcomes, and the skills unless {@code skills} is null. */
    void update(UUID id, String title, String description, LocalDate dueOn, List<String> outcomes, List<String> skills) {
        jdbc.sql("UPDATE placements.plan_assignment SET title = ?, description = ?, due_on = ? WHERE id = ?")
                .params(title, description, dueOn, id).update();
        jdbc.sql("DELETE FROM placements.plan_assignment_outcome WHERE assignment_id = ?").param(id).update();
        if (skills != null) {
            jdbc.sql("DELETE FROM placements.plan_assignment_skill WHERE assignment_id = ?").param(id).update();
        }
        links(id, outcomes, skills == null ? List.of() : skills);
    }

    void addSkill(UUID id, String skillUri) {
        jdbc.sql("INSERT INTO placements.plan_assignment_skill (assignment_id, skill_uri) VALUES (?, ?) ON CONFLICT DO NOTHING")
                .params(id, skillUri).update();
    }

    void removeSkill(UUID id, String skillUri) {
        jdbc.sql("DELETE FROM placements.plan_assignment_skill WHERE assignment_id = ? AND skill_uri = ?").params(id, skillUri).update();
    }

    void delete(UUID id) {
        jdbc.sql("DELETE FROM placements.plan_assignment WHERE id = ?").param(id).update();
    }

    private void links(UUID id, List<String> outcomes, List<String> skills) {
        for (String code : outcomes) {
            jdbc.sql("INSERT INTO placements.plan_assignment_outcome (assignment_id, outcome_code) VALUES (?, ?)").params(id, code).update();
        }
        for (String uri : skills) {
            addSkill(id, uri);
        }
    }
}
