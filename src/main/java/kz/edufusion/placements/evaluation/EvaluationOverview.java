package kz.edufusion.placements.evaluation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import kz.edufusion.placements.PlacementParty;
import kz.edufusion.placements.domain.PlacementView;

/**
 * The evaluation tab of one placement as one reader may see it. {@code submitted} lists every form handed in (who,
 * which stage, when) for every party; {@code forms} holds the contents the reader may read ({@code formsHidden}:
 * the student before the final decision sees only the list, see {@link Evaluations}). Nullable: result,
 * certificate, verificationUrl, credentialUrl (the certificate's Open Badges credential), hostFeedback, hostSummary, jobOffer.
 */
public record EvaluationOverview(PlacementView placement, Set<PlacementParty> parties, List<Criterion> criteria,
        List<Submission> submitted, List<EvaluationForm> forms, boolean formsHidden, List<OpenForm> open,
        EvaluationResult result, BigDecimal minimumScore, Certificate certificate, String verificationUrl, String credentialUrl,
        List<Competence> competences, HostFeedback hostFeedback, boolean mayGiveFeedback, HostFeedbackSummary hostSummary,
        JobOffer jobOffer, boolean mayReadJobOffer, boolean mayRecordJobOffer) {

    /** A form handed in: by whom (as which evaluator), for which stage, when. */
    public record Submission(Stage stage, Evaluator evaluator, Instant submittedAt) {
    }

    /** The stages the reader may still submit as this evaluator. */
    public record OpenForm(Evaluator evaluator, List<Stage> stages) {
    }
}
