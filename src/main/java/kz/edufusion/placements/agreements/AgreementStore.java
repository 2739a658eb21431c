package kz.edufusion.placements.agreements;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.edufusion.placements.PlacementParty;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Agreements, their versions and signatures in the placements schema. Every change is guarded by the state it
 * expects ({@code WHERE status = ...}) and the service locks the agreement's row first, so two concurrent actions on
 * one agreement queue up and the second sees what the first did.
 */
@Repository
class AgreementStore {

    private static final String VERSION_COLUMNS = "version, status, language, starts_on, ends_on, hours_per_week, stipend_kzt, "
            + "tasks, tutor_name, mentor_name, ip_owner, amendment_reason, university_name, company_name, student_name, "
            + "document_sha256, prepared_by, created_at, sent_at, signed_at";

    private final JdbcClient jdbc;

    AgreementStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The agreement's status, its row locked until the transaction ends; empty when none was prepared. */
    Optional<AgreementStatus> lock(UUID placementId) {
        return jdbc.sql("SELECT status FROM placements.agreement WHERE placement_id = ? FOR UPDATE").param(placementId)
                .query(String.class).optional().map(AgreementStatus::valueOf);
    }

    /** False when the placement already has an agreement (another preparer was first). */
    boolean insert(UUID placementId, UUID createdBy) {
        return jdbc.sql("INSERT INTO placements.agreement (placement_id, status, created_by) VALUES (?, 'DRAFT', ?) "
                + "ON CONFLICT (placement_id) DO NOTHING").params(placementId, createdBy).update() == 1;
    }

    void insertVersion(UUID placementId, int version, AgreementTerms t, UUID preparedBy) {
        jdbc.sql("INSERT INTO placements.agreement_version (placement_id, version, status, language, starts_on, ends_on, "
                        + "hours_per_week, stipend_kzt, tasks, tutor_name, mentor_name, ip_owner, amendment_reason, prepared_by) "
                        + "VALUES (?, ?, 'DRAFT', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(placementId, version, t.language(), t.startsOn(), t.endsOn(), t.hoursPerWeek(), t.stipendKzt(),
                        t.tasks().toArray(String[]::new), t.tutorName(), t.mentorName(), t.ipOwner().name(),
                        t.amendmentReason(), preparedBy)
                .update();
    }

    boolean updateDraft(UUID placementId, int version, AgreementTerms t) {
        return jdbc.sql("UPDATE placements.agreement_version SET language = ?, starts_on = ?, ends_on = ?, hours_per_week = ?, "
                        + "stipend_kzt = ?, tasks = ?, tutor_name = ?, mentor_name = ?, ip_owner = ?, amendment_reason = ?, "
                        + "updated_at = now() WHERE placement_id = ? AND version = ? AND status = 'DRAFT'")
                .params(t.language(), t.startsOn(), t.endsOn(), t.hoursPerWeek(), t.stipendKzt(),
                        t.tasks().toArray(String[]::new), t.tutorName(), t.mentorName(), t.ipOwner().name(),
                        t.amendmentReason(), placementId, version)
                .update() == 1;
    }

    /** DRAFT -> SENT with the parties' names as printed and the exact PDF bytes the parties will sign. */
    boolean freeze(UUID placementId, int version, String universityName, String companyName, String studentName,
            byte[] document, String sha256, UUID sentBy) {
        return jdbc.sql("UPDATE placements.agreement_version SET status = 'SENT', university_name = ?, company_name = ?, "
                        + "student_name = ?, document = ?, document_sha256 = ?, sent_by = ?, sent_at = now(), updated_at = now() "
                        + "WHERE placement_id = ? AND version = ? AND status = 'DRAFT'")
                .params(universityName, companyName, studentName, document, sha256, sentBy, placementId, version)
                .update() == 1;
    }

    boolean moveVersion(UUID placementId, int version, VersionStatus from, VersionStatus to) {
        return jdbc.sql("UPDATE placements.agreement_version SET status = ?, updated_at = now(), "
                        + "signed_at = CASE WHEN ? = 'SIGNED' THEN now() ELSE signed_at END "
                        + "WHERE placement_id = ? AND version = ? AND status = ?")
                .params(to.name(), to.name(), placementId, version, from.name()).update() == 1;
    }

    /** The version being prepared or signed, if any, is withdrawn (the agreement ended). */
    void withdrawOpen(UUID placementId) {
        jdbc.sql("UPDATE placements.agreement_version SET status = 'WITHDRAWN', updated_at = now() "
                + "WHERE placement_id = ? AND status IN ('DRAFT', 'SENT')").param(placementId).update();
    }

    boolean move(UUID placementId, AgreementStatus from, AgreementStatus to) {
        return jdbc.sql("UPDATE placements.agreement SET status = ?, updated_at = now() WHERE placement_id = ? AND status = ?")
                .params(to.name(), placementId, from.name()).update() == 1;
    }

    /** Ends an agreement that has not ended yet; false when it already had. */
    boolean end(UUID placementId, AgreementStatus to, String reason, UUID by) {
        return jdbc.sql("UPDATE placements.agreement SET status = ?, termination_reason = ?, terminated_by = ?, "
                        + "terminated_at = CASE WHEN ? = 'TERMINATED' THEN now() END, updated_at = now() "
                        + "WHERE placement_id = ? AND status NOT IN ('COMPLETED', 'TERMINATED')")
                .params(to.name(), reason, by, to.name(), placementId).update() == 1;
    }

    /** False when the party already signed this version (the primary key keeps one signature per party). */
    boolean insertSignature(UUID placementId, int version, AgreementSignature s) {
        return jdbc.sql("INSERT INTO placements.agreement_signature (placement_id, version, party, signer_id, typed_name, "
                        + "consent_text, document_sha256, ip_address, user_agent) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT (placement_id, version, party) DO NOTHING")
                .params(placementId, version, s.party().name(), s.signerId(), s.typedName(), s.consentText(),
                        s.documentSha256(), s.ipAddress(), s.userAgent())
                .update() == 1;
    }

    int signatures(UUID placementId, int version) {
        return jdbc.sql("SELECT count(*) FROM placements.agreement_signature WHERE placement_id = ? AND version = ?")
                .params(placementId, version).query(Integer.class).single();
    }

    Optional<byte[]> document(UUID placementId, int version) {
        return jdbc.sql("SELECT document FROM placements.agreement_version WHERE placement_id = ? AND version = ? "
                + "AND document IS NOT NULL").params(placementId, version).query((rs, row) -> rs.getBytes(1)).optional();
    }

    Optional<AgreementView> find(UUID placementId) {
        return jdbc.sql("SELECT status, termination_reason, terminated_at FROM placements.agreement WHERE placement_id = ?")
                .param(placementId)
                .query((rs, row) -> new AgreementView(placementId, AgreementStatus.valueOf(rs.getString("status")),
                        rs.getString("termination_reason"), instant(rs, "terminated_at"), List.of()))
                .optional()
                .map(a -> new AgreementView(a.placementId(), a.status(), a.terminationReason(), a.terminatedAt(),
                        versions(placementId)));
    }

    private List<AgreementVersion> versions(UUID placementId) {
        java.util.Map<Integer, List<AgreementSignature>> signatures = jdbc.sql("SELECT version, party, signer_id, typed_name, "
                        + "consent_text, document_sha256, ip_address, user_agent, signed_at FROM placements.agreement_signature "
                        + "WHERE placement_id = ? ORDER BY signed_at, party").param(placementId)
                .query((rs, row) -> java.util.Map.entry(rs.getInt("version"), new AgreementSignature(
                        PlacementParty.valueOf(rs.getString("party")), rs.getObject("signer_id", UUID.class),
                        rs.getString("typed_name"), rs.getString("consent_text"), rs.getString("document_sha256"),
                        rs.getString("ip_address"), rs.getString("user_agent"), instant(rs, "signed_at"))))
                .list().stream().collect(java.util.stream.Collectors.groupingBy(java.util.Map.Entry::getKey,
                        java.util.stream.Collectors.mapping(java.util.Map.Entry::getValue, java.util.stream.Collectors.toList())));
        return jdbc.sql("SELECT " + VERSION_COLUMNS + " FROM placements.agreement_version WHERE placement_id = ? "
                        + "ORDER BY version DESC").param(placementId)
                .query((rs, row) -> version(rs, signatures)).list();
    }

    private static AgreementVersion version(ResultSet rs, java.util.Map<Integer, List<AgreementSignature>> signatures)
            throws SQLException {
        int number = rs.getInt("version");
        Array tasks = rs.getArray("tasks");
        AgreementTerms terms = new AgreementTerms(rs.getString("language"), rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class), rs.getInt("hours_per_week"), (Integer) rs.getObject("stipend_kzt"),
                tasks == null ? List.of() : Arrays.asList((String[]) tasks.getArray()), rs.getString("tutor_name"),
                rs.getString("mentor_name"), IpOwner.valueOf(rs.getString("ip_owner")), rs.getString("amendment_reason"));
        return new AgreementVersion(number, VersionStatus.valueOf(rs.getString("status")), terms,
                rs.getString("university_name"), rs.getString("company_name"), rs.getString("student_name"),
                rs.getString("document_sha256"), rs.getObject("prepared_by", UUID.class), instant(rs, "created_at"),
                instant(rs, "sent_at"), instant(rs, "signed_at"), signatures.getOrDefault(number, List.of()));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
