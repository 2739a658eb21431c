package kz.edufusion.placements.domain;

import java.util.Optional;
import java.util.UUID;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.Role;

/**
 * Who may see and do what with placement objects, by role and organization. An object the user may not see is
 * answered as not found, so that guessing ids tells nobody whether an application or offer exists.
 */
final class PlacementAccess {

    private PlacementAccess() {
    }

    static boolean represents(CurrentUser user, UUID companyId) {
        return companyId != null && user.actsFor(companyId, Role.COMPANY_REPRESENTATIVE);
    }

    static boolean coordinates(CurrentUser user, UUID universityId) {
        return universityId != null && user.actsFor(universityId, Role.UNIVERSITY_COORDINATOR);
    }

    static UUID[] companies(CurrentUser user) {
        return user.organizationsWhere(Role.COMPANY_REPRESENTATIVE).toArray(UUID[]::new);
    }

    static UUID[] universities(CurrentUser user) {
        return user.organizationsWhere(Role.UNIVERSITY_COORDINATOR).toArray(UUID[]::new);
    }

    /** The university in which the user studies (the first, for the rare student enrolled twice). */
    static Optional<UUID> studentUniversity(CurrentUser user) {
        return user.organizationsWhere(Role.STUDENT).stream().findFirst();
    }

    static UUID requireStudent(CurrentUser user) {
        return studentUniversity(user).orElseThrow(() -> new DomainProblem(org.springframework.http.HttpStatus.FORBIDDEN,
                "forbidden", "placements.problem.notStudent"));
    }

    static DomainProblem hidden() {
        return DomainProblem.notFound("placements.problem.notFound");
    }
}
