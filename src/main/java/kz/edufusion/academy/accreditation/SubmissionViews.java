package kz.edufusion.academy.accreditation;

import java.util.List;
import java.util.UUID;
import kz.edufusion.academy.accreditation.AccreditationStore.ReviewRow;
import kz.edufusion.academy.accreditation.AccreditationStore.SubmissionRow;
import kz.edufusion.common.LocalizedText;
import kz.edufusion.identity.IdentityDirectory;
import kz.edufusion.identity.OrganizationView;
import kz.edufusion.identity.PersonView;
import org.springframework.stereotype.Component;

/** Submission rows made readable: names of people and organizations from identity, the review with its snapshot. */
@Component
class SubmissionViews {

    private static final LocalizedText NONE = LocalizedText.of(null, null, null);

    private final AccreditationStore store;
    private final IdentityDirectory directory;

    SubmissionViews(AccreditationStore store, IdentityDirectory directory) {
        this.store = store;
        this.directory = directory;
    }

    List<AccreditationSubmission> of(List<SubmissionRow> rows) {
        return rows.stream().map(this::of).toList();
    }

    AccreditationSubmission of(SubmissionRow s) {
        ReviewView review = store.review(s.id()).map(this::review).orElse(null);
        return new AccreditationSubmission(s.id(), s.courseId(), s.versionId(), s.versionNumber(), s.title(), organization(s.organizationId()),
                s.status(), s.note(), person(s.submittedBy()), s.submittedAt(), review);
    }

    ReviewView review(ReviewRow r) {
        return new ReviewView(r.id(), r.reviewerId(), person(r.reviewerId()), r.agencyId(), organization(r.agencyId()), r.startedAt(),
                store.items(r.id()), r.decision(), r.reasons(), r.validFrom(), r.validUntil(), r.decidedAt());
    }

    LocalizedText organization(UUID id) {
        return directory.organization(id).map(OrganizationView::name).orElse(NONE);
    }

    String person(UUID id) {
        return directory.person(id).map(PersonView::fullName).orElse("");
    }
}
