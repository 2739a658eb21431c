package kz.edufusion.placements.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import kz.edufusion.credentials.IssuedCredential;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.placements.PlacementParty;
import kz.edufusion.placements.PlacementStatus;
import kz.edufusion.placements.domain.PlacementParticipation;
import kz.edufusion.placements.domain.PlacementRegistry;
import kz.edufusion.placements.domain.PlacementView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each party reads on the evaluation tab. Everyone in the placement sees which forms were handed in and when,
 * the result, the certificate and the competence record. The contents of the mentor's and the tutor's forms
 * (ratings, comments, scores) are read by the mentor, the tutor, the company and the university's coordinators at
 * once, and by the student only after the final decision (COMPLETED, INCOMPLETE or TERMINATED): a student does not
 * negotiate a mid-term mark while the final one is still open. The student's self-evaluation is read by every party.
 * Host feedback: the student and the coordinators read it; the company only the aggregate. Job offer: the student,
 * the company and the coordinators.
 */
@Service
public class EvaluationOverviews {

    private final PlacementRegistry placements;
    private final EvaluationStore store;
    private final EvaluationCriteria criteria;
    private final Completion completion;
    private final Certificates certificates;
    private final CompetenceRecords competences;
    private final HostFeedbacks feedback;
    private final JobOffers jobOffers;

    EvaluationOverviews(PlacementRegistry placements, EvaluationStore store, EvaluationCriteria criteria, Completion completion,
            Certificates certificates, CompetenceRecords competences, HostFeedbacks feedback, JobOffers jobOffers) {
        this.placements = placements;
        this.store = store;
        this.criteria = criteria;
        this.completion = completion;
        this.certificates = certificates;
        this.competences = competences;
        this.feedback = feedback;
        this.jobOffers = jobOffers;
    }

    @Transactional(readOnly = true)
    public EvaluationOverview of(CurrentUser user, UUID placementId) {
        PlacementParticipation participation = placements.participation(user, placementId);
        PlacementView p = participation.placement();
        List<EvaluationForm> all = store.forms(placementId);
        boolean supervisor = participation.isAny(PlacementParty.MENTOR, PlacementParty.TUTOR, PlacementParty.COMPANY, PlacementParty.UNIVERSITY);
        boolean decided = p.status().finished();
        boolean hidden = !supervisor && !decided;
        List<EvaluationForm> readable = all.stream().filter(f -> !f.evaluator().judges() || !hidden).toList();
        Certificate certificate = certificates.ofPlacement(placementId).orElse(null);
        boolean readsFeedback = participation.isAny(PlacementParty.STUDENT, PlacementParty.UNIVERSITY);
        boolean readsJobOffer = participation.isAny(PlacementParty.STUDENT, PlacementParty.COMPANY, PlacementParty.UNIVERSITY);
        HostFeedback own = readsFeedback ? feedback.own(placementId).orElse(null) : null;
        return new EvaluationOverview(p, participation.parties(), criteria.of(p),
                all.stream().map(f -> new EvaluationOverview.Submission(f.stage(), f.evaluator(), f.submittedAt())).toList(),
                readable, hidden && all.stream().anyMatch(f -> f.evaluator().judges()), open(participation, all),
                store.result(placementId).orElse(null), completion.minimumScore(), certificate,
                certificate == null ? null : certificates.verificationUrl(certificate),
                certificate == null ? null : certificates.credential(placementId).map(IssuedCredential::verificationUrl).orElse(null),
                competences.of(placementId), own,
                participation.is(PlacementParty.STUDENT) && own == null && p.status() != PlacementStatus.AGREEMENT,
                participation.is(PlacementParty.COMPANY) && p.companyId() != null ? feedback.summary(p.companyId()) : null,
                readsJobOffer ? jobOffers.of(placementId).orElse(null) : null, readsJobOffer,
                participation.is(PlacementParty.COMPANY) && p.status() != PlacementStatus.AGREEMENT);
    }

    /** The forms the reader may still hand in: only while ACTIVE, each stage once, no mid-term after the final. */
    private static List<EvaluationOverview.OpenForm> open(PlacementParticipation participation, List<EvaluationForm> forms) {
        List<EvaluationOverview.OpenForm> open = new ArrayList<>();
        if (participation.placement().status() != PlacementStatus.ACTIVE) {
            return open;
        }
        for (Evaluator evaluator : Evaluator.values()) {
            if (!participation.is(evaluator.party())) {
                continue;
            }
            List<Stage> stages = new ArrayList<>();
            boolean finalIn = forms.stream().anyMatch(f -> f.evaluator() == evaluator && f.stage() == Stage.FINAL);
            for (Stage stage : Stage.values()) {
                if (!finalIn && forms.stream().noneMatch(f -> f.evaluator() == evaluator && f.stage() == stage)) {
                    stages.add(stage);
                }
            }
            if (!stages.isEmpty()) {
                open.add(new EvaluationOverview.OpenForm(evaluator, List.copyOf(stages)));
            }
        }
        return open;
    }
}
