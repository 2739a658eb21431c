package kz.edufusion.tdss.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.edufusion.common.LocalizedText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Plans, their goals, evidence and history. */
@Repository
class DevelopmentPlanStore {

    private final JdbcClient jdbc;

    DevelopmentPlanStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record PlanRow(UUID id, UUID personId, UUID organizationId, UUID frameworkId, String frameworkCode,
            LocalDate periodStart, LocalDate periodEnd, String status, String supervisorComment) {
    }

    UUID create(UUID personId, UUID organizationId, UUID frameworkId, LocalDate start, LocalDate end) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO tdss.development_plan (id, person_id, organization_id, framework_id, period_start, period_end, status)
                VALUES (?, ?, ?, ?, ?, ?, 'DRAFT')""").params(id, personId, organizationId, frameworkId, start, end).update();
        return id;
    }

    boolean exists(UUID personId, UUID organizationId, LocalDate start) {
        return jdbc.sql("SELECT count(*) FROM tdss.development_plan WHERE person_id = ? AND organization_id = ? AND period_start = ?")
                .params(personId, organizationId, start).query(Long.class).single() > 0;
    }

    Optional<PlanRow> find(UUID id) {
        return jdbc.sql(PLAN + " WHERE p.id = ?").param(id).query(DevelopmentPlanStore::plan).optional();
    }

    List<PlanRow> ofPerson(UUID personId) {
        return jdbc.sql(PLAN + " WHERE p.person_id = ? ORDER BY p.period_start DESC").param(personId).query(DevelopmentPlanStore::plan).list();
    }

    List<PlanRow> ofOrganizations(List<UUID> organizations) {
        return jdbc.sql(PLAN + " WHERE p.organization_id = ANY(?) ORDER BY (p.status = 'SUBMITTED') DESC, p.updated_at DESC")
                .param(organizations.toArray(UUID[]::new)).query(DevelopmentPlanStore::plan).list();
    }

    void move(UUID planId, String status, String comment, UUID actor) {
        jdbc.sql("UPDATE tdss.development_plan SET status = ?, supervisor_comment = coalesce(?, supervisor_comment), updated_at = now() WHERE id = ?")
                .params(status, comment, planId).update();
        step(planId, status, comment, actor);
    }

    void step(UUID planId, String status, String comment, UUID actor) {
        jdbc.sql("INSERT INTO tdss.plan_event (id, plan_id, status, actor_id, comment, at) VALUES (?, ?, ?, ?, ?, clock_timestamp())")
                .params(UUID.randomUUID(), planId, status, actor, comment).update();
    }

    List<PlanView.Step> history(UUID planId) {
        return jdbc.sql("SELECT status, actor_id, comment, at FROM tdss.plan_event WHERE plan_id = ? ORDER BY at")
                .param(planId).query((rs, n) -> new PlanView.Step(rs.getString(1), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getTimestamp(4).toInstant())).list();
    }

    UUID addGoal(UUID planId, UUID itemId, int targetRank, LocalDate dueOn, UUID programId, String description) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO tdss.plan_goal (id, plan_id, item_id, target_rank, due_on, status, program_id, description, created_at)
                VALUES (?, ?, ?, ?, ?, 'PLANNED', ?, ?, clock_timestamp())""")
                .params(id, planId, itemId, targetRank, dueOn, programId, description).update();
        jdbc.sql("UPDATE tdss.development_plan SET updated_at = now() WHERE id = ?").param(planId).update();
        return id;
    }

    boolean goalOf(UUID planId, UUID goalId) {
        return jdbc.sql("SELECT count(*) FROM tdss.plan_goal WHERE id = ? AND plan_id = ?").params(goalId, planId)
                .query(Long.class).single() > 0;
    }

    void goalStatus(UUID goalId, String status) {
        jdbc.sql("UPDATE tdss.plan_goal SET status = ? WHERE id = ?").params(status, goalId).update();
    }

    int goalCount(UUID planId) {
        return jdbc.sql("SELECT count(*) FROM tdss.plan_goal WHERE plan_id = ?").param(planId).query(Integer.class).single();
    }

    List<PlanView.Goal> goals(UUID planId) {
        List<PlanView.Goal> goals = jdbc.sql("""
                SELECT g.id, i.code, i.title_kk, i.title_ru, i.title_en, lv.code AS level, g.due_on, g.status, g.program_id,
                       p.title_kk AS p_kk, p.title_ru AS p_ru, p.title_en AS p_en, g.description
                FROM tdss.plan_goal g JOIN tdss.item i ON i.id = g.item_id
                LEFT JOIN tdss.item lv ON lv.framework_id = i.framework_id AND lv.type = 'LEVEL' AND lv.position = g.target_rank
                LEFT JOIN tdss.training_program p ON p.id = g.program_id
                WHERE g.plan_id = ? ORDER BY g.created_at""").param(planId)
                .query((rs, n) -> new PlanView.Goal(rs.getObject("id", UUID.class), rs.getString("code"),
                        LocalizedText.of(rs.getString("title_kk"), rs.getString("title_ru"), rs.getString("title_en")),
                        rs.getString("level"), rs.getObject("due_on", LocalDate.class), rs.getString("status"),
                        rs.getObject("program_id", UUID.class),
                        rs.getString("p_en") == null ? null : LocalizedText.of(rs.getString("p_kk"), rs.getString("p_ru"), rs.getString("p_en")),
                        rs.getString("description"), List.of()))
                .list();
        return goals.stream().map(g -> new PlanView.Goal(g.id(), g.competence(), g.competenceTitle(), g.targetLevel(), g.dueOn(),
                g.status(), g.programId(), g.programTitle(), g.description(), evidence(g.id()))).toList();
    }

    UUID addEvidence(UUID goalId, EvidenceFile file) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO tdss.goal_evidence (id, goal_id, file_name, content_type, size_bytes, content) VALUES (?, ?, ?, ?, ?, ?)")
                .params(id, goalId, file.fileName(), file.contentType(), file.content().length, file.content()).update();
        return id;
    }

    Optional<EvidenceFile> evidenceFile(UUID planId, UUID evidenceId) {
        return jdbc.sql("""
                SELECT e.file_name, e.content_type, e.content FROM tdss.goal_evidence e JOIN tdss.plan_goal g ON g.id = e.goal_id
                WHERE e.id = ? AND g.plan_id = ?""").params(evidenceId, planId)
                .query((rs, n) -> new EvidenceFile(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }

    private List<PlanView.Evidence> evidence(UUID goalId) {
        return jdbc.sql("SELECT id, file_name, content_type, size_bytes FROM tdss.goal_evidence WHERE goal_id = ? ORDER BY uploaded_at")
                .param(goalId).query((rs, n) -> new PlanView.Evidence(rs.getObject(1, UUID.class), rs.getString(2),
                        rs.getString(3), rs.getInt(4))).list();
    }

    private static final String PLAN = """
            SELECT p.id, p.person_id, p.organization_id, p.framework_id, f.code AS framework_code, p.period_start,
                   p.period_end, p.status, p.supervisor_comment
            FROM tdss.development_plan p JOIN tdss.framework f ON f.id = p.framework_id""";

    private static PlanRow plan(ResultSet rs, int n) throws SQLException {
        return new PlanRow(rs.getObject("id", UUID.class), rs.getObject("person_id", UUID.class),
                rs.getObject("organization_id", UUID.class), rs.getObject("framework_id", UUID.class),
                rs.getString("framework_code"), rs.getObject("period_start", LocalDate.class),
                rs.getObject("period_end", LocalDate.class), rs.getString("status"), rs.getString("supervisor_comment"));
    }
}
