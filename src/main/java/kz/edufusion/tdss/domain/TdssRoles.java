package kz.edufusion.tdss.domain;

import java.util.List;
import java.util.UUID;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.Role;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may do what in plans and training: an educator acts in the first institution where they are an educator; a
 * supervisor is a UNIVERSITY_COORDINATOR of the institution the plan, cohort or record belongs to. Anyone else meets
 * 403 for the kind of thing and 404 for another institution's objects, so ids of others reveal nothing.
 */
final class TdssRoles {

    private TdssRoles() {
    }

    static UUID educatorOrganization(CurrentUser user) {
        List<UUID> organizations = user.organizationsWhere(Role.EDUCATOR);
        if (organizations.isEmpty()) {
            throw new AccessDeniedException("for educators");
        }
        return organizations.get(0);
    }

    static List<UUID> coordinated(CurrentUser user) {
        return user.organizationsWhere(Role.UNIVERSITY_COORDINATOR);
    }

    static List<UUID> requireCoordinator(CurrentUser user) {
        List<UUID> organizations = coordinated(user);
        if (organizations.isEmpty()) {
            throw new AccessDeniedException("for coordinators");
        }
        return organizations;
    }

    /** The coordinator's institution to act in: the one asked for (404 when not theirs) or their first. */
    static UUID coordinatorOrganization(CurrentUser user, UUID asked, String notFoundKey) {
        List<UUID> organizations = requireCoordinator(user);
        if (asked == null) {
            return organizations.get(0);
        }
        if (!organizations.contains(asked)) {
            throw DomainProblem.notFound(notFoundKey);
        }
        return asked;
    }

    static void requireEducatorOrCoordinator(CurrentUser user) {
        if (!user.has(Role.EDUCATOR) && !user.has(Role.UNIVERSITY_COORDINATOR)) {
            throw new AccessDeniedException("for educators and coordinators");
        }
    }
}
