package kz.edufusion.alignment.gap;

import java.util.UUID;
import kz.edufusion.alignment.engine.GroupKind;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see which gap analysis. A program's and its university's: the university's coordinators and
 * educators (a university's tutors too for the university page), plus ministry analysts and administrators;
 * QA reviewers see programs (they assess them). Regions and fields compare universities: analysts,
 * administrators and university coordinators.
 */
@Component
public class GapAccess {

    public void checkProgram(CurrentUser user, UUID universityId) {
        if (!(national(user) || user.has(Role.QA_REVIEWER)
                || user.actsFor(universityId, Role.UNIVERSITY_COORDINATOR, Role.EDUCATOR))) {
            throw new AccessDeniedException("not allowed to see the gap analysis of this program");
        }
    }

    public void checkGroup(CurrentUser user, GroupKind kind, String key) {
        boolean allowed = switch (kind) {
            case UNIVERSITY -> national(user) || user.actsFor(UUID.fromString(key), Role.UNIVERSITY_COORDINATOR,
                    Role.EDUCATOR, Role.ACADEMIC_TUTOR);
            case REGION, FIELD -> national(user) || user.has(Role.UNIVERSITY_COORDINATOR);
        };
        if (!allowed) {
            throw new AccessDeniedException("not allowed to see the gap analysis of this " + kind.name().toLowerCase());
        }
    }

    private static boolean national(CurrentUser user) {
        return user.isAdmin() || user.has(Role.MINISTRY_ANALYST);
    }
}
