package kz.edufusion.placements.evaluation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.AuditLog;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.placements.PlacementStatus;
import kz.edufusion.placements.domain.PlacementParticipation;
import kz.edufusion.placements.domain.PlacementRegistry;
import kz.edufusion.placements.domain.PlacementView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mid-term and final evaluations of an ACTIVE placement by its mentor (as MENTOR), its tutor (as TUTOR) and the
 * student (SELF), each on the placement's criteria ({@link EvaluationCriteria}) rated 1-5, a comment required for
 * 1 and 2. Each evaluator submits each stage once and the form is read-only from then on: no correction, because the
 * final forms decide the placement at once (a mistaken form is a matter for the coordinator and the audit log, not an
 * edit). A mid-term form is no longer taken once the same evaluator's final form is in.
 */
@Service
public class Evaluations {

    private static final int MAX_FORM_COMMENT = 4000;

    private final PlacementRegistry placements;
    private final EvaluationStore store;
    private final EvaluationCriteria criteria;
    private final Completion completion;
    private final AuditLog audit;

    Evaluations(PlacementRegistry placements, EvaluationStore store, EvaluationCriteria criteria, Completion completion, AuditLog audit) {
        this.placements = placements;
        this.store = store;
        this.criteria = criteria;
        this.completion = completion;
        this.audit = audit;
    }

    @Transactional
    public EvaluationForm submit(CurrentUser user, UUID placementId, EvaluationCommand command) {
        PlacementParticipation participation = placements.participation(user, placementId);
        Parts.Problems problems = new Parts.Problems();
        if (command.evaluator() == null) {
            problems.add("evaluator", "placements.evaluation.validation.required");
        }
        if (command.stage() == null) {
            problems.add("stage", "placements.evaluation.validation.required");
        }
        problems.throwIfAny();
        Parts.require(participation, command.evaluator().party());
        PlacementView placement = participation.placement();
        if (store.lockStatus(placementId) != PlacementStatus.ACTIVE) {
            throw DomainProblem.conflict("placements.evaluation.problem.notActive");
        }
        List<EvaluationForm> forms = store.forms(placementId);
        for (EvaluationForm form : forms) {
            if (form.evaluator() == command.evaluator() && (form.stage() == command.stage() || form.stage() == Stage.FINAL)) {
                throw DomainProblem.conflict(form.stage() == command.stage() ? "placements.evaluation.problem.submitted"
                        : "placements.evaluation.problem.finalSubmitted");
            }
        }
        List<RatingInput> ratings = checked(command, criteria.of(placement));
        EvaluationForm submitted = new EvaluationForm(null, command.stage(), command.evaluator(), user.personId(),
                Scores.form(ratings.stream().map(RatingInput::rating).toList()), Parts.clean(command.comment()), null, List.of());
        UUID id = store.insert(placementId, submitted.evaluator(), submitted.stage(), submitted.evaluatorId(), submitted.score(),
                submitted.comment(), ratings);
        audit.record("placements.evaluation.submitted", "placement", placementId,
                command.stage() + " " + command.evaluator() + " " + submitted.score().toPlainString() + " %");
        List<EvaluationForm> now = store.forms(placementId);
        if (command.stage() == Stage.FINAL && command.evaluator().judges()) {
            completion.decideIfComplete(placement, now);
        }
        return now.stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    }

    /**
     * The ratings of the form in the placement's criteria order, or every problem at once: a criterion unknown or
     * rated twice, a rating missing or outside 1-5, a low rating without a comment, a criterion left out.
     */
    private static List<RatingInput> checked(EvaluationCommand command, List<Criterion> criteria) {
        Map<String, Criterion> known = criteria.stream().collect(Collectors.toMap(Criterion::key, Function.identity()));
        Parts.Problems problems = new Parts.Problems();
        problems.text("comment", command.comment(), MAX_FORM_COMMENT);
        Set<String> seen = new HashSet<>();
        Map<String, RatingInput> given = new java.util.HashMap<>();
        for (int i = 0; i < command.ratings().size(); i++) {
            RatingInput r = command.ratings().get(i);
            String field = "ratings[" + i + "]";
            if (r.criterion() == null || !known.containsKey(r.criterion())) {
                problems.add(field + ".criterion", "placements.evaluation.validation.unknownCriterion");
                continue;
            }
            if (!seen.add(r.criterion())) {
                problems.add(field + ".criterion", "placements.evaluation.validation.duplicateCriterion");
                continue;
            }
            problems.rating(field + ".rating", r.rating());
            if (r.rating() != null && r.rating() <= 2 && Parts.clean(r.comment()) == null) {
                problems.add(field + ".comment", "placements.evaluation.validation.commentRequired");
            }
            problems.text(field + ".comment", r.comment(), Parts.MAX_COMMENT);
            given.put(r.criterion(), new RatingInput(r.criterion(), r.rating(), Parts.clean(r.comment())));
        }
        if (!given.keySet().containsAll(known.keySet())) {
            problems.add("ratings", "placements.evaluation.validation.missingCriteria");
        }
        problems.throwIfAny();
        List<RatingInput> ordered = new ArrayList<>();
        criteria.forEach(c -> ordered.add(given.get(c.key())));
        return ordered;
    }
}
