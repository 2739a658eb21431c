package kz.edufusion.labormarket.survey;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import kz.edufusion.labormarket.SurveyAnswer.Status;
import kz.edufusion.labormarket.SurveyQuarter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Survey answers in the labormarket schema: one response row per company and quarter with its skill and hiring rows. */
@Repository
class SurveyStore {

    private static final String RESPONSE = "SELECT id, quarter, organization_id, respondent_id, status, comment, submitted_at, "
            + "updated_at FROM labormarket.survey_response ";

    private final JdbcClient jdbc;

    SurveyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record StoredResponse(long id, SurveyQuarter quarter, UUID organizationId, UUID respondentId, Status status,
            String comment, Instant submittedAt, Instant updatedAt) {
    }

    record StoredNeed(String skillUri, int importance, int horizonYears) {
    }

    record StoredHiring(String occupationUri, String regionCode, int expectedHires, int horizonYears) {
    }

    Optional<StoredResponse> find(SurveyQuarter quarter, UUID organizationId) {
        return jdbc.sql(RESPONSE + "WHERE quarter = ? AND organization_id = ?").params(quarter.toString(), organizationId)
                .query(SurveyStore::response).optional();
    }

    List<StoredResponse> ofOrganization(UUID organizationId) {
        return jdbc.sql(RESPONSE + "WHERE organization_id = ? ORDER BY quarter DESC").param(organizationId)
                .query(SurveyStore::response).list();
    }

    List<StoredNeed> needs(long responseId) {
        return jdbc.sql("SELECT skill_uri, importance, horizon_years FROM labormarket.survey_skill_need WHERE response_id = ? "
                        + "ORDER BY importance DESC, skill_uri").param(responseId)
                .query((rs, n) -> new StoredNeed(rs.getString(1), rs.getInt(2), rs.getInt(3))).list();
    }

    List<StoredHiring> hires(long responseId) {
        return jdbc.sql("SELECT occupation_uri, region_code, expected_hires, horizon_years FROM labormarket.survey_hiring "
                        + "WHERE response_id = ? ORDER BY id").param(responseId)
                .query((rs, n) -> new StoredHiring(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4))).list();
    }

    /** Inserts or overwrites the company's answer for the quarter and replaces its rows; returns the response id. */
    long save(SurveyQuarter quarter, UUID organizationId, UUID respondentId, Status status, String comment,
            List<StoredNeed> needs, List<StoredHiring> hires) {
        Timestamp now = Timestamp.from(Instant.now());
        long id = jdbc.sql("""
                INSERT INTO labormarket.survey_response (quarter, organization_id, respondent_id, status, comment, submitted_at, updated_at)
                VALUES (:quarter, :org, :respondent, :status, :comment, :submittedAt, :now)
                ON CONFLICT (quarter, organization_id) DO UPDATE SET respondent_id = excluded.respondent_id,
                    status = excluded.status, comment = excluded.comment, updated_at = excluded.updated_at,
                    submitted_at = CASE WHEN excluded.status = 'SUBMITTED'
                                        THEN COALESCE(survey_response.submitted_at, excluded.submitted_at) END
                RETURNING id""")
                .param("quarter", quarter.toString()).param("org", organizationId).param("respondent", respondentId)
                .param("status", status.name()).param("comment", comment)
                .param("submittedAt", status == Status.SUBMITTED ? now : null).param("now", now)
                .query(Long.class).single();
        jdbc.sql("DELETE FROM labormarket.survey_skill_need WHERE response_id = ?").param(id).update();
        jdbc.sql("DELETE FROM labormarket.survey_hiring WHERE response_id = ?").param(id).update();
        for (StoredNeed need : needs) {
            jdbc.sql("INSERT INTO labormarket.survey_skill_need (response_id, skill_uri, importance, horizon_years) VALUES (?, ?, ?, ?)")
                    .params(id, need.skillUri(), need.importance(), need.horizonYears()).update();
        }
        for (StoredHiring hiring : hires) {
            jdbc.sql("INSERT INTO labormarket.survey_hiring (response_id, occupation_uri, region_code, expected_hires, horizon_years) "
                            + "VALUES (?, ?, ?, ?, ?)")
                    .params(id, hiring.occupationUri(), hiring.regionCode(), hiring.expectedHires(), hiring.horizonYears()).update();
        }
        return id;
    }

    List<SurveyQuarter> quarters() {
        return jdbc.sql("SELECT DISTINCT quarter FROM labormarket.survey_response").query(String.class).list().stream()
                .map(SurveyQuarter::parse).toList();
    }

    private static StoredResponse response(ResultSet rs, int n) throws SQLException {
        Timestamp submitted = rs.getTimestamp("submitted_at");
        return new StoredResponse(rs.getLong("id"), SurveyQuarter.parse(rs.getString("quarter")),
                rs.getObject("organization_id", UUID.class), rs.getObject("respondent_id", UUID.class),
                Status.valueOf(rs.getString("status")), rs.getString("comment"),
                submitted == null ? null : submitted.toInstant(), rs.getTimestamp("updated_at").toInstant());
    }
}
