package kz.edufusion.academy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import kz.edufusion.academy.accreditation.Accreditations;
import kz.edufusion.academy.accreditation.AccreditationDecision;
import kz.edufusion.academy.accreditation.DecisionInput;
import kz.edufusion.academy.accreditation.Reviewing;
import kz.edufusion.academy.accreditation.AccreditationSubmission;
import kz.edufusion.academy.accreditation.Verdict;
import kz.edufusion.academy.accreditation.VerdictInput;
import kz.edufusion.common.web.PlatformTime;
import kz.edufusion.identity.CurrentUser;

/** Submissions and reviews made through the services, for tests that need a course in a given accreditation state. */
final class AccreditationFixtures {

    private final Accreditations accreditations;
    private final Reviewing reviewing;

    AccreditationFixtures(Accreditations accreditations, Reviewing reviewing) {
        this.accreditations = accreditations;
        this.reviewing = reviewing;
    }

    static LocalDate today() {
        return LocalDate.now(PlatformTime.ZONE);
    }

    AccreditationSubmission submit(CurrentUser owner, AcademyFixtures.Draft published) {
        return accreditations.submit(owner, published.courseId(), published.versionId(), "Please review");
    }

    /** Every criterion of the review's snapshot with the same verdict (and a comment when it is not MET). */
    List<VerdictInput> all(CurrentUser reviewer, UUID submissionId, Verdict verdict) {
        AccreditationSubmission started = reviewing.saveVerdicts(reviewer, submissionId, List.of());
        return started.review().items().stream()
                .map(i -> new VerdictInput(i.code(), verdict, verdict == Verdict.MET ? null : "Needs work on " + i.code())).toList();
    }

    AccreditationSubmission approve(CurrentUser reviewer, UUID submissionId, LocalDate from, LocalDate until) {
        return reviewing.decide(reviewer, submissionId, all(reviewer, submissionId, Verdict.MET),
                new DecisionInput(AccreditationDecision.APPROVED, from, until, null));
    }
}
