package kz.edufusion.placements.rounds;

import java.util.UUID;
import kz.edufusion.common.web.DomainProblem;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.Role;

/**
 * Who may see a round: the coordinators of its university (to manage it) and its university's students (to rank,
 * once it is open). Anything else is answered 404, the same as for an id that does not exist.
 */
final class RoundAccess {

    private RoundAccess() {
    }

    static boolean coordinates(CurrentUser user, Round round) {
        return user.actsFor(round.universityId(), Role.UNIVERSITY_COORDINATOR);
    }

    static boolean studiesAt(CurrentUser user, UUID universityId) {
        return user.organizationsWhere(Role.STUDENT).contains(universityId);
    }

    static DomainProblem hidden() {
        return DomainProblem.notFound("placements.problem.notFound");
    }
}
