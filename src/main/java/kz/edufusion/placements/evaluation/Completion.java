package kz.edufusion.placements.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import kz.edufusion.identity.AuditLog;
import kz.edufusion.placements.domain.PlacementLifecycle;
import kz.edufusion.placements.domain.PlacementView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The completion rule, run in the transaction of every final form: once both the mentor's and the tutor's final
 * forms are in, result = their mean ({@link Scores#result}); at or above {@code edufusion.placements.minimum-score}
 * (60) the placement is COMPLETED and gets its certificate and competence record, below it INCOMPLETE.
 */
@Component
class Completion {

    private final EvaluationStore store;
    private final PlacementLifecycle lifecycle;
    private final Certificates certificates;
    private final CompetenceRecords competences;
    private final AuditLog audit;
    private final BigDecimal minimumScore;

    Completion(EvaluationStore store, PlacementLifecycle lifecycle, Certificates certificates, CompetenceRecords competences,
            AuditLog audit, @Value("${edufusion.placements.minimum-score:60}") BigDecimal minimumScore) {
        this.store = store;
        this.lifecycle = lifecycle;
        this.certificates = certificates;
        this.competences = competences;
        this.audit = audit;
        this.minimumScore = minimumScore.setScale(2);
    }

    BigDecimal minimumScore() {
        return minimumScore;
    }

    /** Decides when both final forms are in; the placement's row is locked by the caller. */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<EvaluationResult> decideIfComplete(PlacementView placement, List<EvaluationForm> forms) {
        Optional<EvaluationForm> mentor = finalOf(forms, Evaluator.MENTOR);
        Optional<EvaluationForm> tutor = finalOf(forms, Evaluator.TUTOR);
        if (mentor.isEmpty() || tutor.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal score = Scores.result(mentor.get().score(), tutor.get().score());
        EvaluationResult result = new EvaluationResult(mentor.get().score(), tutor.get().score(), score, minimumScore,
                Scores.passed(score, minimumScore), Instant.now());
        lifecycle.finish(placement.id(), result.passed(), result.statusReason());
        store.saveResult(placement.id(), result);
        audit.record("placements.evaluation.decided", "placement", placement.id(), result.statusReason());
        if (result.passed()) {
            certificates.issue(placement, score);
            competences.record(placement.id(), mentor.get(), tutor.get());
        }
        return Optional.of(result);
    }

    private static Optional<EvaluationForm> finalOf(List<EvaluationForm> forms, Evaluator evaluator) {
        return forms.stream().filter(f -> f.stage() == Stage.FINAL && f.evaluator() == evaluator).findFirst();
    }
}
