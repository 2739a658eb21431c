package kz.edufusion.placements.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.edufusion.placements.ApplicationStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Applications in the placements schema. */
@Repository
class ApplicationStore {

    private static final String SELECT = "SELECT id, offer_id, student_id, university_id, motivation, cv_id, nominated_by, "
            + "created_at, status, interview_at, interview_place, decision_reason, decided_by FROM placements.application ";

    private final JdbcClient jdbc;

    ApplicationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Application a) {
        jdbc.sql("INSERT INTO placements.application (id, offer_id, student_id, university_id, status, motivation, cv_id, "
                        + "nominated_by) VALUES (?,?,?,?,?,?,?,?)")
                .params(a.id(), a.offerId(), a.studentId(), a.universityId(), a.status().name(), OfferStore.blank(a.motivation()),
                        a.cvId(), a.nominatedBy())
                .update();
    }

    void update(Application a) {
        jdbc.sql("UPDATE placements.application SET status = ?, interview_at = ?, interview_place = ?, decision_reason = ?, "
                        + "decided_by = ?, updated_at = now() WHERE id = ?")
                .params(a.status().name(), a.interviewAt() == null ? null : Timestamp.from(a.interviewAt()),
                        a.interviewPlace(), a.decisionReason(), a.decidedBy(), a.id())
                .update();
    }

    Optional<Application> find(UUID id) {
        return jdbc.sql(SELECT + "WHERE id = ?").param(id).query(ApplicationStore::application).optional();
    }

    /** The application with its row locked, so two decisions on it cannot interleave. */
    Optional<Application> lock(UUID id) {
        return jdbc.sql(SELECT + "WHERE id = ? FOR UPDATE").param(id).query(ApplicationStore::application).optional();
    }

    boolean exists(UUID offerId, UUID studentId) {
        return jdbc.sql("SELECT count(*) FROM placements.application WHERE offer_id = ? AND student_id = ?")
                .params(offerId, studentId).query(Integer.class).single() > 0;
    }

    List<Application> ofStudent(UUID studentId) {
        return jdbc.sql(SELECT + "WHERE student_id = ? ORDER BY created_at DESC").param(studentId)
                .query(ApplicationStore::application).list();
    }

    List<Application> ofOffer(UUID offerId) {
        return jdbc.sql(SELECT + "WHERE offer_id = ? ORDER BY created_at").param(offerId).query(ApplicationStore::application).list();
    }

    List<Application> ofUniversities(UUID[] universities) {
        return jdbc.sql(SELECT + "WHERE university_id = ANY(?) ORDER BY created_at DESC").param(universities)
                .query(ApplicationStore::application).list();
    }

    private static Application application(ResultSet rs, int row) throws SQLException {
        return new Application(rs.getObject("id", UUID.class), rs.getObject("offer_id", UUID.class),
                rs.getObject("student_id", UUID.class), rs.getObject("university_id", UUID.class), rs.getString("motivation"),
                rs.getObject("cv_id", UUID.class), rs.getObject("nominated_by", UUID.class),
                OfferStore.instant(rs.getTimestamp("created_at")), ApplicationStatus.valueOf(rs.getString("status")),
                OfferStore.instant(rs.getTimestamp("interview_at")), rs.getString("interview_place"),
                rs.getString("decision_reason"), rs.getObject("decided_by", UUID.class));
    }
}
