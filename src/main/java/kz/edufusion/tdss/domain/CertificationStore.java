package kz.edufusion.tdss.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.identity.IdentityDirectory;
import kz.edufusion.identity.PersonView;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The tables of applications, their portfolio files and their history; the services check who may touch them. */
@Repository
class CertificationStore {

    private final JdbcClient jdbc;
    private final IdentityDirectory directory;

    CertificationStore(JdbcClient jdbc, IdentityDirectory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    /** The stored columns of an application, before the views are put together. */
    record Row(UUID id, UUID schemeId, UUID personId, UUID organizationId, String status, Integer assessmentScore,
            String observationResult, String observationNote, String portfolioResult, String portfolioNote,
            String decisionReasons, Instant decidedAt, LocalDate validUntil, UUID credentialId, String revokedReason,
            Instant submittedAt, Instant createdAt) {
    }

    Optional<Row> find(UUID id) {
        return jdbc.sql("SELECT * FROM tdss.certification_application WHERE id = ?").param(id).query(CertificationStore::row).optional();
    }

    /** Locks the application for a state change, so two reviewers cannot decide it twice. */
    Optional<Row> lock(UUID id) {
        return jdbc.sql("SELECT * FROM tdss.certification_application WHERE id = ? FOR UPDATE").param(id)
                .query(CertificationStore::row).optional();
    }

    Optional<UUID> open(UUID personId, UUID schemeId) {
        return jdbc.sql("""
                SELECT id FROM tdss.certification_application
                WHERE person_id = ? AND scheme_id = ? AND status IN ('DRAFT', 'SUBMITTED')""")
                .params(personId, schemeId).query(UUID.class).optional();
    }

    /** A new draft's id, or null when another request opened one for the same educator and scheme meanwhile. */
    UUID insert(UUID schemeId, UUID personId, UUID organizationId) {
        UUID id = UUID.randomUUID();
        int inserted = jdbc.sql("""
                INSERT INTO tdss.certification_application (id, scheme_id, person_id, organization_id, status)
                VALUES (?, ?, ?, ?, 'DRAFT')
                ON CONFLICT (person_id, scheme_id) WHERE status IN ('DRAFT', 'SUBMITTED') DO NOTHING""")
                .params(id, schemeId, personId, organizationId).update();
        return inserted == 1 ? id : null;
    }

    void submitted(UUID id) {
        jdbc.sql("UPDATE tdss.certification_application SET status = 'SUBMITTED', submitted_at = now(), updated_at = now() WHERE id = ?")
                .param(id).update();
    }

    void assessed(UUID id, Integer score, String observation, String observationNote, String portfolio, String portfolioNote) {
        jdbc.sql("""
                UPDATE tdss.certification_application SET assessment_score = ?, observation_result = ?, observation_note = ?,
                    portfolio_result = ?, portfolio_note = ?, updated_at = now() WHERE id = ?""")
                .params(score, observation, observationNote, portfolio, portfolioNote, id).update();
    }

    void decided(UUID id, String status, String reasons, UUID decidedBy, LocalDate validUntil, UUID credentialId) {
        jdbc.sql("""
                UPDATE tdss.certification_application SET status = ?, decision_reasons = ?, decided_by = ?, decided_at = now(),
                    valid_until = ?, credential_id = ?, updated_at = now() WHERE id = ?""")
                .params(status, reasons, decidedBy, validUntil, credentialId, id).update();
    }

    void revoked(UUID id, String reason) {
        jdbc.sql("UPDATE tdss.certification_application SET status = 'REVOKED', revoked_reason = ?, updated_at = now() WHERE id = ?")
                .params(reason, id).update();
    }

    void event(UUID id, String action, UUID actorId, String note) {
        jdbc.sql("INSERT INTO tdss.certification_event (id, application_id, action, actor_id, note) VALUES (?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), id, action, actorId, note).update();
    }

    UUID addEvidence(UUID id, EvidenceFile file) {
        UUID evidence = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO tdss.certification_evidence (id, application_id, file_name, content_type, size_bytes, content)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(evidence, id, file.fileName(), file.contentType(), file.content().length, file.content()).update();
        return evidence;
    }

    int evidenceCount(UUID id) {
        return jdbc.sql("SELECT count(*) FROM tdss.certification_evidence WHERE application_id = ?").param(id)
                .query(Integer.class).single();
    }

    Optional<EvidenceFile> evidenceFile(UUID id, UUID evidenceId) {
        return jdbc.sql("SELECT file_name, content_type, content FROM tdss.certification_evidence WHERE application_id = ? AND id = ?")
                .params(id, evidenceId).query((rs, n) -> new EvidenceFile(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional();
    }

    List<CertificationView.Evidence> evidence(UUID id) {
        return jdbc.sql("""
                SELECT id, file_name, content_type, size_bytes, uploaded_at FROM tdss.certification_evidence
                WHERE application_id = ? ORDER BY uploaded_at""").param(id)
                .query((rs, n) -> new CertificationView.Evidence(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3),
                        rs.getInt(4), rs.getTimestamp(5).toInstant())).list();
    }

    List<CertificationView.Event> history(UUID id) {
        return jdbc.sql("SELECT action, actor_id, note, at FROM tdss.certification_event WHERE application_id = ? ORDER BY at")
                .param(id).query((rs, n) -> new CertificationView.Event(rs.getString(1), name(rs.getObject(2, UUID.class)),
                        rs.getString(3), rs.getTimestamp(4).toInstant())).list();
    }

    /** Lines of applications matching a condition on {@code a} (application) and {@code s} (scheme), newest first. */
    List<CertificationSummary> summaries(String where, Object... params) {
        return jdbc.sql("""
                SELECT a.id, a.scheme_id, s.code, s.title_kk, s.title_ru, s.title_en, s.level, a.person_id, a.status,
                       a.submitted_at, a.valid_until
                FROM tdss.certification_application a JOIN tdss.certification_scheme s ON s.id = a.scheme_id
                WHERE\s""" + where + " ORDER BY coalesce(a.submitted_at, a.created_at) DESC").params(params)
                .query((rs, n) -> new CertificationSummary(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), LocalizedText.of(rs.getString(4), rs.getString(5), rs.getString(6)), rs.getString(7),
                        rs.getObject(8, UUID.class), name(rs.getObject(8, UUID.class)), rs.getString(9),
                        instant(rs.getTimestamp(10)), rs.getObject(11, LocalDate.class))).list();
    }

    String name(UUID personId) {
        return directory.person(personId).map(PersonView::fullName).orElse("");
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getObject("id", UUID.class), rs.getObject("scheme_id", UUID.class), rs.getObject("person_id", UUID.class),
                rs.getObject("organization_id", UUID.class), rs.getString("status"), (Integer) rs.getObject("assessment_score"),
                rs.getString("observation_result"), rs.getString("observation_note"), rs.getString("portfolio_result"),
                rs.getString("portfolio_note"), rs.getString("decision_reasons"), instant(rs.getTimestamp("decided_at")),
                rs.getObject("valid_until", LocalDate.class), rs.getObject("credential_id", UUID.class),
                rs.getString("revoked_reason"), instant(rs.getTimestamp("submitted_at")), instant(rs.getTimestamp("created_at")));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
