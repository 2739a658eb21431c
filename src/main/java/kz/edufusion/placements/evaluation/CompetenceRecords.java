package kz.edufusion.placements.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.placements.PlacementStatus;
import kz.edufusion.placements.domain.PlacementRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The competence record kept when a placement is completed: every criterion of the mentor's and the tutor's final
 * forms (the mentor's order first), with both ratings and the final rating. Shown on the placement's evaluation
 * tab, on the student's placement profile and in the API.
 */
@Service
public class CompetenceRecords {

    private final JdbcClient jdbc;
    private final EvaluationCriteria criteria;
    private final PlacementRegistry placements;
    private final CertificateStore certificates;

    CompetenceRecords(JdbcClient jdbc, EvaluationCriteria criteria, PlacementRegistry placements, CertificateStore certificates) {
        this.jdbc = jdbc;
        this.criteria = criteria;
        this.placements = placements;
        this.certificates = certificates;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    void record(UUID placementId, EvaluationForm mentor, EvaluationForm tutor) {
        Map<String, Criterion> rated = new LinkedHashMap<>();
        for (EvaluationForm form : List.of(mentor, tutor)) {
            form.ratings().forEach(r -> rated.putIfAbsent(r.criterion().key(), r.criterion()));
        }
        int position = 0;
        for (Criterion c : rated.values()) {
            Integer m = mentor.ratingOf(c.key());
            Integer t = tutor.ratingOf(c.key());
            jdbc.sql("INSERT INTO placements.competence_record (placement_id, position, criterion, mentor_rating, tutor_rating, final_rating)"
                            + " VALUES (?, ?, ?, ?, ?, ?)")
                    .params(placementId, position++, c.key(), m, t, Scores.finalRating(m, t)).update();
        }
    }

    /** The record of one placement (empty until it is completed); the caller has checked the reader takes part in it. */
    @Transactional(readOnly = true)
    public List<Competence> of(UUID placementId) {
        return jdbc.sql("SELECT criterion, mentor_rating, tutor_rating, final_rating FROM placements.competence_record"
                        + " WHERE placement_id = ? ORDER BY position")
                .param(placementId)
                .query((rs, n) -> new Competence(criteria.describe(rs.getString(1)), (Integer) rs.getObject(2),
                        (Integer) rs.getObject(3), rs.getBigDecimal(4)))
                .list();
    }

    /** The student's own records, one per completed placement, newest first. */
    @Transactional(readOnly = true)
    public List<CompetenceRecord> mine(CurrentUser user) {
        List<CompetenceRecord> records = new ArrayList<>();
        placements.mine(user).stream().filter(p -> p.status() == PlacementStatus.COMPLETED)
                .sorted((a, b) -> b.startsOn().compareTo(a.startsOn()))
                .forEach(p -> records.add(new CompetenceRecord(p,
                        certificates.ofPlacement(p.id()).map(Certificate::number).orElse(null), of(p.id()))));
        return records;
    }
}
