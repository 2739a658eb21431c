package kz.edufusion.placements.evaluation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.UUID;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.AuditLog;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.placements.PlacementParty;
import kz.edufusion.placements.PlacementStatus;
import kz.edufusion.placements.domain.PlacementParticipation;
import kz.edufusion.placements.domain.PlacementRegistry;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The student's feedback on the host, once per placement, from the day it starts (ACTIVE) on, also after it ended.
 * The student and the coordinators of their university read it; the company only as {@link HostFeedbackSummary}.
 */
@Service
public class HostFeedbacks {

    /** Fewer answers than this and the company sees only their number. */
    public static final int MINIMUM_ANSWERS = 5;

    private final JdbcClient jdbc;
    private final PlacementRegistry placements;
    private final AuditLog audit;
    private final EvaluationStore evaluations;

    HostFeedbacks(JdbcClient jdbc, PlacementRegistry placements, AuditLog audit, EvaluationStore evaluations) {
        this.jdbc = jdbc;
        this.evaluations = evaluations;
        this.placements = placements;
        this.audit = audit;
    }

    @Transactional
    public HostFeedback submit(CurrentUser user, UUID placementId, HostFeedbackCommand command) {
        PlacementParticipation participation = placements.participation(user, placementId);
        Parts.require(participation, PlacementParty.STUDENT);
        Parts.Problems problems = new Parts.Problems();
        problems.rating("mentoring", command.mentoring());
        problems.rating("tasks", command.tasks());
        problems.rating("conditions", command.conditions());
        if (command.wouldRecommend() == null) {
            problems.add("wouldRecommend", "placements.evaluation.validation.required");
        }
        problems.text("text", command.text(), Parts.MAX_COMMENT);
        problems.throwIfAny();
        if (evaluations.lockStatus(placementId) == PlacementStatus.AGREEMENT) {
            throw DomainProblem.conflict("placements.evaluation.problem.notStarted");
        }
        if (own(placementId).isPresent()) {
            throw DomainProblem.conflict("placements.evaluation.problem.feedbackGiven");
        }
        jdbc.sql("INSERT INTO placements.host_feedback (placement_id, company_id, mentoring, tasks, conditions, would_recommend, text)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)")
                .params(placementId, participation.placement().companyId(), command.mentoring(), command.tasks(), command.conditions(),
                        command.wouldRecommend(), Parts.clean(command.text()))
                .update();
        audit.record("placements.hostFeedback.submitted", "placement", placementId, "student feedback on the host");
        return own(placementId).orElseThrow();
    }

    /** The feedback given on this placement; the caller has checked the reader may read it. */
    Optional<HostFeedback> own(UUID placementId) {
        return jdbc.sql("SELECT mentoring, tasks, conditions, would_recommend, text, submitted_at FROM placements.host_feedback"
                        + " WHERE placement_id = ?")
                .param(placementId)
                .query((rs, n) -> new HostFeedback(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getBoolean(4), rs.getString(5),
                        rs.getTimestamp(6).toInstant()))
                .optional();
    }

    /** Over all placements at the company; the caller has checked the reader represents it. */
    HostFeedbackSummary summary(UUID companyId) {
        return jdbc.sql("SELECT count(*), avg(mentoring), avg(tasks), avg(conditions), avg(CASE WHEN would_recommend THEN 100.0 ELSE 0 END)"
                        + " FROM placements.host_feedback WHERE company_id = ?")
                .param(companyId)
                .query((rs, n) -> {
                    int answers = rs.getInt(1);
                    if (answers < MINIMUM_ANSWERS) {
                        return new HostFeedbackSummary(answers, false, null, null, null, null);
                    }
                    return new HostFeedbackSummary(answers, true, mean(rs.getBigDecimal(2)), mean(rs.getBigDecimal(3)),
                            mean(rs.getBigDecimal(4)), rs.getBigDecimal(5).setScale(0, RoundingMode.HALF_UP).intValue());
                })
                .single();
    }

    private static BigDecimal mean(BigDecimal value) {
        return value.setScale(1, RoundingMode.HALF_UP);
    }
}
