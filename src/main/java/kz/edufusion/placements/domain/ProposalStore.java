package kz.edufusion.placements.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.edufusion.placements.OfferType;
import kz.edufusion.placements.ProposalStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Students' proposals; the student's name is filled in by the service. */
@Repository
class ProposalStore {

    private static final String SELECT = "SELECT id, student_id, university_id, company_id, company_name, offer_type, description, "
            + "starts_on, ends_on, hours_per_week, stipend_kzt, status, decision_reason FROM placements.proposal ";

    private final JdbcClient jdbc;

    ProposalStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(ProposalView p) {
        jdbc.sql("INSERT INTO placements.proposal (id, student_id, university_id, company_id, company_name, offer_type, "
                        + "description, starts_on, ends_on, hours_per_week, stipend_kzt, status) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)")
                .params(p.id(), p.studentId(), p.universityId(), p.companyId(), p.companyName(), p.type().name(),
                        p.description(), p.startsOn(), p.endsOn(), p.hoursPerWeek(), p.stipendKzt(), p.status().name())
                .update();
    }

    /** Moves a submitted proposal to its decision; false when it was no longer submitted (decided meanwhile). */
    boolean decide(UUID id, ProposalStatus status, String reason, UUID by) {
        return jdbc.sql("UPDATE placements.proposal SET status = ?, decision_reason = ?, decided_by = ? "
                        + "WHERE id = ? AND status = 'SUBMITTED'")
                .params(status.name(), reason, by, id).update() == 1;
    }

    Optional<ProposalView> find(UUID id) {
        return jdbc.sql(SELECT + "WHERE id = ?").param(id).query(ProposalStore::proposal).optional();
    }

    List<ProposalView> where(String condition, Object parameter) {
        return jdbc.sql(SELECT + "WHERE " + condition + " ORDER BY created_at DESC").param(parameter)
                .query(ProposalStore::proposal).list();
    }

    private static ProposalView proposal(ResultSet rs, int row) throws SQLException {
        return new ProposalView(rs.getObject("id", UUID.class), rs.getObject("student_id", UUID.class), null,
                rs.getObject("university_id", UUID.class), rs.getObject("company_id", UUID.class), rs.getString("company_name"),
                OfferType.valueOf(rs.getString("offer_type")), rs.getString("description"),
                rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class),
                rs.getInt("hours_per_week"), (Integer) rs.getObject("stipend_kzt"),
                ProposalStatus.valueOf(rs.getString("status")), rs.getString("decision_reason"));
    }
}
