package kz.edufusion.academy.accreditation;

import java.util.Optional;
import java.util.UUID;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.Membership;
import kz.edufusion.identity.OrganizationType;
import kz.edufusion.identity.Role;
import org.springframework.http.HttpStatus;

/**
 * Who may review: a QA_REVIEWER of an active QA agency, and never for a course they own or one of an organization they
 * belong to (a conflict of interest is answered 403, as for a person who is no reviewer at all).
 */
final class Reviewers {

    private Reviewers() {
    }

    /** The QA agency the user reviews for (the first, when they review for several). */
    static Optional<UUID> agencyOf(CurrentUser user) {
        return user == null ? Optional.empty() : user.memberships().stream()
                .filter(m -> m.effective() && m.role() == Role.QA_REVIEWER && m.organizationType() == OrganizationType.QA_AGENCY)
                .map(Membership::organizationId).findFirst();
    }

    static boolean isReviewer(CurrentUser user) {
        return agencyOf(user).isPresent();
    }

    static UUID requireAgency(CurrentUser user) {
        return agencyOf(user).orElseThrow(Reviewers::notReviewer);
    }

    /** The agency the user reviews this course for; 403 for a non-reviewer, the course's owner or one of its organization. */
    static UUID requireIndependent(CurrentUser user, CourseFacts course) {
        UUID agency = requireAgency(user);
        boolean member = user.memberships().stream().anyMatch(m -> m.effective() && m.organizationId().equals(course.organizationId()));
        if (user.personId().equals(course.ownerId()) || member) {
            throw new DomainProblem(HttpStatus.FORBIDDEN, "forbidden", "academy.accreditation.problem.ownCourse");
        }
        return agency;
    }

    /** Criteria are kept by QA reviewers and platform administrators. */
    static void requireCurator(CurrentUser user) {
        if (!isReviewer(user) && (user == null || !user.isAdmin())) {
            throw notReviewer();
        }
    }

    static DomainProblem notReviewer() {
        return new DomainProblem(HttpStatus.FORBIDDEN, "forbidden", "academy.accreditation.problem.notReviewer");
    }

    /** What the rules need to know of a course. */
    record CourseFacts(UUID id, UUID ownerId, UUID organizationId, UUID publishedVersionId) {
    }
}
