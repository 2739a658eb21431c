package kz.edufusion.placements.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import kz.edufusion.common.Languages;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.placements.evaluation.Certificates;
import kz.edufusion.placements.evaluation.CompetenceRecord;
import kz.edufusion.placements.evaluation.CompetenceRecords;
import kz.edufusion.placements.evaluation.EvaluationCommand;
import kz.edufusion.placements.evaluation.EvaluationForm;
import kz.edufusion.placements.evaluation.EvaluationOverview;
import kz.edufusion.placements.evaluation.EvaluationOverviews;
import kz.edufusion.placements.evaluation.Evaluations;
import kz.edufusion.placements.evaluation.HostFeedback;
import kz.edufusion.placements.evaluation.HostFeedbackCommand;
import kz.edufusion.placements.evaluation.HostFeedbacks;
import kz.edufusion.placements.evaluation.JobOffer;
import kz.edufusion.placements.evaluation.JobOfferCommand;
import kz.edufusion.placements.evaluation.JobOffers;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Evaluations, host feedback, job offers, certificates and competence records of placements, for their parties only. */
@RestController
@RequestMapping("/api/v1/placements")
@Tag(name = "Placement evaluation", description = "Mid-term and final evaluations, completion, certificates, competence records, job offers")
class EvaluationsApi {

    private final EvaluationOverviews overviews;
    private final Evaluations evaluations;
    private final HostFeedbacks feedback;
    private final JobOffers jobOffers;
    private final Certificates certificates;
    private final CompetenceRecords competences;

    EvaluationsApi(EvaluationOverviews overviews, Evaluations evaluations, HostFeedbacks feedback, JobOffers jobOffers,
            Certificates certificates, CompetenceRecords competences) {
        this.overviews = overviews;
        this.evaluations = evaluations;
        this.feedback = feedback;
        this.jobOffers = jobOffers;
        this.certificates = certificates;
        this.competences = competences;
    }

    @GetMapping("/placements/{id}/evaluation")
    @Operation(summary = "The placement's evaluation as the caller may see it (the student sees form contents after the final decision)")
    EvaluationOverview overview(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id) {
        return overviews.of(user, id);
    }

    @PostMapping("/placements/{id}/evaluations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Submit a form as MENTOR, TUTOR or SELF for stage MID or FINAL: every criterion rated 1-5, a comment for 1 and 2; "
            + "once per evaluator and stage. Both final forms in: the placement is COMPLETED or INCOMPLETE")
    EvaluationForm submit(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestBody EvaluationCommand command) {
        return evaluations.submit(user, id, command);
    }

    @PostMapping("/placements/{id}/host-feedback")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "The student's feedback on the host (mentoring, tasks, conditions 1-5, wouldRecommend, text), once")
    HostFeedback hostFeedback(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestBody HostFeedbackCommand command) {
        return feedback.submit(user, id, command);
    }

    @PutMapping("/placements/{id}/job-offer")
    @Operation(summary = "A representative of the host company records its job offer to the intern (accepted true, false or null)")
    JobOffer jobOffer(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, @RequestBody JobOfferCommand command) {
        return jobOffers.record(user, id, command);
    }

    @GetMapping("/placements/{id}/certificate")
    @Operation(summary = "The practice certificate as PDF in kk, ru or en (language), for the parties of a COMPLETED placement")
    ResponseEntity<byte[]> certificate(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id,
            @RequestParam(defaultValue = "kk") String language) {
        Locale locale = Languages.orDefault(language);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).body(certificates.pdf(user, id, locale));
    }

    @GetMapping("/competence-record/mine")
    @Operation(summary = "The caller's competence records: the skills and outcomes demonstrated on each completed placement")
    List<CompetenceRecord> myCompetences(@AuthenticationPrincipal CurrentUser user) {
        return competences.mine(user);
    }
}
