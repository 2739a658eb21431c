package kz.edufusion.placements.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kz.edufusion.placements.OfferType;
import kz.edufusion.placements.PlacementStatus;
import kz.edufusion.placements.PlacementWay;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Placements in the placements schema; names are filled in by the service. */
@Repository
class PlacementStore {

    private static final String SELECT = "SELECT id, way, student_id, university_id, company_id, company_name, offer_id, "
            + "offer_type, starts_on, ends_on, hours_per_week, stipend_kzt, tutor_id, mentor_id, status, status_reason FROM placements.placement ";

    private final JdbcClient jdbc;

    PlacementStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID insert(NewPlacement p) {
        UUID id = UUID.randomUUID();
        jdbc.sql("INSERT INTO placements.placement (id, way, student_id, university_id, company_id, company_name, offer_id, "
                        + "application_id, proposal_id, round_id, offer_type, starts_on, ends_on, hours_per_week, stipend_kzt, "
                        + "created_by) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                .params(id, p.way().name(), p.studentId(), p.universityId(), p.companyId(), p.companyName(), p.offerId(),
                        p.applicationId(), p.proposalId(), p.roundId(), p.offerType().name(), p.startsOn(), p.endsOn(),
                        p.hoursPerWeek(), p.stipendKzt(), p.createdBy())
                .update();
        return id;
    }

    java.util.Optional<PlacementView> find(UUID id) {
        return jdbc.sql(SELECT + "WHERE id = ?").param(id).query(PlacementStore::placement).optional();
    }

    /** Sets tutor_id or mentor_id (the column is chosen by the service, never by input). */
    void assign(UUID id, String column, UUID personId) {
        jdbc.sql("UPDATE placements.placement SET " + column + " = ? WHERE id = ?").params(personId, id).update();
    }

    /** The student's placements that still hold their time and overlap [startsOn, endsOn]. */
    boolean overlaps(UUID studentId, java.time.LocalDate startsOn, java.time.LocalDate endsOn) {
        return jdbc.sql("SELECT count(*) FROM placements.placement WHERE student_id = ? AND status IN ('AGREEMENT', 'ACTIVE') "
                        + "AND starts_on <= ? AND ends_on >= ?")
                .params(studentId, endsOn, startsOn).query(Long.class).single() > 0;
    }

    /** Like {@link #overlaps} but leaving out the placement {@code except} itself (its own terms are being changed). */
    boolean overlapsOther(UUID studentId, java.time.LocalDate startsOn, java.time.LocalDate endsOn, UUID except) {
        return jdbc.sql("SELECT count(*) FROM placements.placement WHERE student_id = ? AND status IN ('AGREEMENT', 'ACTIVE') "
                        + "AND starts_on <= ? AND ends_on >= ? AND id <> ?")
                .params(studentId, endsOn, startsOn, except).query(Long.class).single() > 0;
    }

    /** New dates, hours and stipend (null = unpaid) of a placement that still holds the student's time. */
    boolean updateTerms(UUID id, java.time.LocalDate startsOn, java.time.LocalDate endsOn, int hoursPerWeek, Integer stipendKzt) {
        return jdbc.sql("UPDATE placements.placement SET starts_on = ?, ends_on = ?, hours_per_week = ?, stipend_kzt = ? "
                        + "WHERE id = ? AND status IN ('AGREEMENT', 'ACTIVE')")
                .params(startsOn, endsOn, hoursPerWeek, stipendKzt, id).update() == 1;
    }

    /** Moves the status only from the expected one, so two concurrent moves cannot both win. */
    boolean move(UUID id, PlacementStatus from, PlacementStatus to, String reason) {
        return jdbc.sql("UPDATE placements.placement SET status = ?, status_reason = ?, status_changed_at = now() "
                        + "WHERE id = ? AND status = ?")
                .params(to.name(), reason, id, from.name()).update() == 1;
    }

    List<PlacementView> where(String condition, Object parameter) {
        return jdbc.sql(SELECT + "WHERE " + condition + " ORDER BY starts_on DESC, id").param(parameter)
                .query(PlacementStore::placement).list();
    }

    private static PlacementView placement(ResultSet rs, int row) throws SQLException {
        return new PlacementView(rs.getObject("id", UUID.class), PlacementWay.valueOf(rs.getString("way")),
                rs.getObject("student_id", UUID.class), null, rs.getObject("university_id", UUID.class),
                rs.getObject("company_id", UUID.class), rs.getString("company_name"), rs.getObject("offer_id", UUID.class),
                OfferType.valueOf(rs.getString("offer_type")), rs.getObject("starts_on", LocalDate.class),
                rs.getObject("ends_on", LocalDate.class), rs.getInt("hours_per_week"), (Integer) rs.getObject("stipend_kzt"),
                rs.getObject("tutor_id", UUID.class), rs.getObject("mentor_id", UUID.class),
                PlacementStatus.valueOf(rs.getString("status")), rs.getString("status_reason"));
    }
}
