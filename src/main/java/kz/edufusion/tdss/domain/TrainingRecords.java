package kz.edufusion.tdss.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.IdentityDirectory;
import kz.edufusion.identity.PersonView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An educator's training record (every ledger entry of theirs) and the external or international trainings they
 * record themselves with hours and evidence: PENDING in the {@link TrainingLedger} until a coordinator of their
 * institution confirms it, or rejects it with a reason. Only CONFIRMED entries count for certification.
 */
@Service
public class TrainingRecords {

    private final JdbcClient jdbc;
    private final TrainingLedger ledger;
    private final TrainingPrograms programs;
    private final EvidenceFiles evidenceFiles;
    private final IdentityDirectory directory;

    TrainingRecords(JdbcClient jdbc, TrainingLedger ledger, TrainingPrograms programs, EvidenceFiles evidenceFiles,
            IdentityDirectory directory) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.programs = programs;
        this.evidenceFiles = evidenceFiles;
        this.directory = directory;
    }

    @Transactional(readOnly = true)
    public List<TrainingRecord> mine(CurrentUser user) {
        TdssRoles.educatorOrganization(user);
        return jdbc.sql(SELECT + " WHERE c.person_id = ? ORDER BY c.completed_on DESC").param(user.personId())
                .query(this::row).list();
    }

    @Transactional(readOnly = true)
    public TrainingLedger.Summary summary(CurrentUser user) {
        TdssRoles.educatorOrganization(user);
        return ledger.of(user.personId());
    }

    /** External records of the coordinator's institutions waiting for a decision. */
    @Transactional(readOnly = true)
    public List<TrainingRecord> pending(CurrentUser user) {
        return jdbc.sql(SELECT + " WHERE x.organization_id = ANY(?) AND c.status = 'PENDING' ORDER BY c.created_at")
                .param(TdssRoles.requireCoordinator(user).toArray(UUID[]::new)).query(this::row).list();
    }

    @Transactional
    public TrainingRecord recordExternal(CurrentUser user, ExternalInput in, String fileName, byte[] bytes) {
        UUID organization = TdssRoles.educatorOrganization(user);
        ProgramView program = null;
        if (in.programId() != null) {
            program = programs.find(in.programId()).filter(p -> "EXTERNAL".equals(p.kind()))
                    .filter(p -> p.organizationId() == null || p.organizationId().equals(organization))
                    .orElseThrow(() -> DomainProblem.invalidField("programId", "tdss.problem.programNotFound"));
        }
        String title = text(in.title(), program == null ? null : program.title().en(), "title", "tdss.problem.titleMissing");
        String provider = text(in.provider(), program == null ? null : program.provider(), "provider", "tdss.problem.providerMissing");
        String level = in.level() == null && program != null ? program.level() : in.level();
        if (!"NATIONAL".equals(level) && !"INTERNATIONAL".equals(level)) {
            throw DomainProblem.invalidField("level", "tdss.problem.choice", "NATIONAL, INTERNATIONAL");
        }
        BigDecimal hours = TrainingPrograms.hours("hours", in.hours());
        if (in.completedOn() == null || in.completedOn().isAfter(LocalDate.now())) {
            throw DomainProblem.invalidField("completedOn", "tdss.problem.completedOn");
        }
        EvidenceFile file = evidenceFiles.check("file", fileName, bytes);
        UUID id = ledger.record(new TrainingLedger.Completion(user.personId(), program == null ? null : program.id(), title,
                provider, level, hours, "EXTERNAL", "PENDING", in.completedOn()));
        if (id == null) {
            throw DomainProblem.conflict("tdss.problem.alreadyRecorded");
        }
        jdbc.sql("INSERT INTO tdss.external_record (completion_id, organization_id, file_name, content_type, content) VALUES (?, ?, ?, ?, ?)")
                .params(id, organization, file.fileName(), file.contentType(), file.content()).update();
        return one(id);
    }

    @Transactional
    public TrainingRecord confirm(CurrentUser user, UUID id) {
        decidable(user, id);
        decide(id, "CONFIRMED", null, user);
        return one(id);
    }

    @Transactional
    public TrainingRecord reject(CurrentUser user, UUID id, String reason) {
        decidable(user, id);
        if (reason == null || reason.isBlank()) {
            throw DomainProblem.invalidField("reason", "tdss.problem.reasonMissing");
        }
        decide(id, "REJECTED", reason.trim(), user);
        return one(id);
    }

    /** The evidence of an external record, to its owner and their institution's coordinators. */
    @Transactional(readOnly = true)
    public EvidenceFile evidence(CurrentUser user, UUID id) {
        TdssRoles.requireEducatorOrCoordinator(user);
        List<UUID> coordinated = TdssRoles.coordinated(user);
        return jdbc.sql("""
                SELECT x.file_name, x.content_type, x.content, c.person_id, x.organization_id FROM tdss.external_record x
                JOIN tdss.training_completion c ON c.id = x.completion_id WHERE x.completion_id = ?""").param(id)
                .query((rs, n) -> {
                    boolean allowed = rs.getObject(4, UUID.class).equals(user.personId())
                            || coordinated.contains(rs.getObject(5, UUID.class));
                    return allowed ? new EvidenceFile(rs.getString(1), rs.getString(2), rs.getBytes(3)) : null;
                }).optional().orElseThrow(() -> DomainProblem.notFound("tdss.problem.recordNotFound"));
    }

    private void decidable(CurrentUser user, UUID id) {
        List<UUID> coordinated = TdssRoles.requireCoordinator(user);
        record Owner(UUID person, UUID organization, String status) {
        }
        Owner owner = jdbc.sql("""
                SELECT c.person_id, x.organization_id, c.status FROM tdss.external_record x
                JOIN tdss.training_completion c ON c.id = x.completion_id WHERE x.completion_id = ?""").param(id)
                .query((rs, n) -> new Owner(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3)))
                .optional().filter(o -> coordinated.contains(o.organization()))
                .orElseThrow(() -> DomainProblem.notFound("tdss.problem.recordNotFound"));
        if (owner.person().equals(user.personId())) {
            throw new AccessDeniedException("nobody confirms their own training");
        }
        if (!"PENDING".equals(owner.status())) {
            throw DomainProblem.conflict("tdss.problem.recordDecided");
        }
    }

    private void decide(UUID id, String status, String reason, CurrentUser user) {
        jdbc.sql("UPDATE tdss.training_completion SET status = ?, decided_by = ?, decided_at = now() WHERE id = ?")
                .params(status, user.personId(), id).update();
        jdbc.sql("UPDATE tdss.external_record SET reason = ? WHERE completion_id = ?").params(reason, id).update();
    }

    private TrainingRecord one(UUID id) {
        return jdbc.sql(SELECT + " WHERE c.id = ?").param(id).query(this::row).single();
    }

    private static String text(String value, String fallback, String field, String key) {
        String text = value == null || value.isBlank() ? fallback : value.trim();
        if (text == null || text.isBlank()) {
            throw DomainProblem.invalidField(field, key);
        }
        if (text.length() > 300) {
            throw DomainProblem.invalidField(field, "tdss.problem.tooLong", 300);
        }
        return text;
    }

    private static final String SELECT = """
            SELECT c.id, c.person_id, c.title, c.provider, c.level, c.hours, c.source, c.status, c.completed_on, x.reason,
                   x.completion_id IS NOT NULL AS evidence
            FROM tdss.training_completion c LEFT JOIN tdss.external_record x ON x.completion_id = c.id""";

    private TrainingRecord row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        UUID person = rs.getObject("person_id", UUID.class);
        return new TrainingRecord(rs.getObject("id", UUID.class), person,
                directory.person(person).map(PersonView::fullName).orElse(""), rs.getString("title"),
                rs.getString("provider"), rs.getString("level"), rs.getBigDecimal("hours"), rs.getString("source"),
                rs.getString("status"), rs.getObject("completed_on", LocalDate.class), rs.getString("reason"),
                rs.getBoolean("evidence"));
    }
}
