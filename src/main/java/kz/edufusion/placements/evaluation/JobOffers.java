package kz.edufusion.placements.evaluation;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.common.web.PlatformTime;
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
 * The job offer a host company made to its intern (one per placement; recorded again when the answer comes). Only a
 * representative of the company records it, once the placement has started; the student, the company and the
 * university's coordinators read it. The dashboards count it as an employment outcome.
 */
@Service
public class JobOffers {

    private static final int MAX_POSITION = 200;

    private final JdbcClient jdbc;
    private final PlacementRegistry placements;
    private final AuditLog audit;

    JobOffers(JdbcClient jdbc, PlacementRegistry placements, AuditLog audit) {
        this.jdbc = jdbc;
        this.placements = placements;
        this.audit = audit;
    }

    @Transactional
    public JobOffer record(CurrentUser user, UUID placementId, JobOfferCommand command) {
        PlacementParticipation participation = placements.participation(user, placementId);
        Parts.require(participation, PlacementParty.COMPANY);
        Parts.Problems problems = new Parts.Problems();
        String position = Parts.clean(command.position());
        if (position == null) {
            problems.add("position", "placements.evaluation.validation.required");
        }
        problems.text("position", position, MAX_POSITION);
        if (command.salaryKzt() != null && command.salaryKzt() < 0) {
            problems.add("salaryKzt", "placements.evaluation.validation.salary");
        }
        if (command.offeredOn() == null) {
            problems.add("offeredOn", "placements.evaluation.validation.required");
        } else if (command.offeredOn().isAfter(LocalDate.now(PlatformTime.ZONE))) {
            problems.add("offeredOn", "placements.evaluation.validation.future");
        }
        problems.throwIfAny();
        if (participation.placement().status() == PlacementStatus.AGREEMENT) {
            throw DomainProblem.conflict("placements.evaluation.problem.notStarted");
        }
        jdbc.sql("INSERT INTO placements.job_offer (id, placement_id, position, salary_kzt, offered_on, accepted, recorded_by)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (placement_id) DO UPDATE SET position = excluded.position,"
                        + " salary_kzt = excluded.salary_kzt, offered_on = excluded.offered_on, accepted = excluded.accepted,"
                        + " recorded_by = excluded.recorded_by, recorded_at = now()")
                .params(UUID.randomUUID(), placementId, position, command.salaryKzt(), Date.valueOf(command.offeredOn()),
                        command.accepted(), user.personId())
                .update();
        audit.record("placements.jobOffer.recorded", "placement", placementId,
                position + ", accepted " + (command.accepted() == null ? "not yet" : command.accepted()));
        return of(placementId).orElseThrow();
    }

    /** The placement's job offer; the caller has checked the reader may read it. */
    Optional<JobOffer> of(UUID placementId) {
        return jdbc.sql("SELECT position, salary_kzt, offered_on, accepted FROM placements.job_offer WHERE placement_id = ?")
                .param(placementId)
                .query((rs, n) -> new JobOffer(rs.getString(1), (Integer) rs.getObject(2), rs.getDate(3).toLocalDate(),
                        (Boolean) rs.getObject(4)))
                .optional();
    }
}
