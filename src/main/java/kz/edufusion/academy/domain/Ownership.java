package kz.edufusion.academy.domain;

import java.util.Optional;
import java.util.UUID;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.Role;
import kz.edufusion.common.web.DomainProblem;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Who may author: a person who is an educator or a coordinator of an active university or college. Only a course's
 * owner reads its drafts and changes it; to anyone else a course they do not own is answered 404 (the same answer as
 * for an id that does not exist), and only a DRAFT version may change (409 for a published one).
 */
@Component
class Ownership {

    private final VersionStore versions;

    Ownership(VersionStore versions) {
        this.versions = versions;
    }

    static boolean mayAuthor(CurrentUser user) {
        return user != null && (user.has(Role.EDUCATOR) || user.has(Role.UNIVERSITY_COORDINATOR));
    }

    /** The organization a new course of the user belongs to: where they teach, else where they coordinate. */
    static Optional<UUID> authorOrganization(CurrentUser user) {
        return user.organizationsWhere(Role.EDUCATOR).stream().findFirst()
                .or(() -> user.organizationsWhere(Role.UNIVERSITY_COORDINATOR).stream().findFirst());
    }

    /** A QA_REVIEWER of an active QA agency (the rule of kz.edufusion.academy.accreditation.Reviewers). */
    static boolean reviewsForAgency(CurrentUser user) {
        return user.memberships().stream().anyMatch(m -> m.effective() && m.role() == Role.QA_REVIEWER
                && m.organizationType() == kz.edufusion.identity.OrganizationType.QA_AGENCY);
    }

    static DomainProblem hidden() {
        return DomainProblem.notFound("academy.problem.notFound");
    }

    static DomainProblem notAuthor() {
        return new DomainProblem(HttpStatus.FORBIDDEN, "forbidden", "academy.problem.notAuthor");
    }

    CourseRow owned(CurrentUser user, UUID courseId) {
        return versions.course(courseId).filter(c -> owns(user, c)).orElseThrow(Ownership::hidden);
    }

    CourseRow lockOwned(CurrentUser user, UUID courseId) {
        return versions.lockCourse(courseId).filter(c -> owns(user, c)).orElseThrow(Ownership::hidden);
    }

    /** A version of a course the user owns, in any state (the owner reads old versions too). */
    VersionView ownedVersion(CurrentUser user, UUID versionId) {
        VersionView version = versions.version(versionId).orElseThrow(Ownership::hidden);
        owned(user, version.courseId());
        return version;
    }

    /** A DRAFT of a course the user owns: the only version anyone may change. */
    VersionView editable(CurrentUser user, UUID versionId) {
        VersionView version = ownedVersion(user, versionId);
        if (!version.draft()) {
            throw DomainProblem.conflict("academy.problem.versionFrozen");
        }
        return version;
    }

    static boolean owns(CurrentUser user, CourseRow course) {
        return user != null && user.personId().equals(course.ownerId());
    }
}
