package kz.edufusion.programs.domain;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and change which programs. Administrators, ministry analysts and QA reviewers read the whole
 * register; coordinators and educators read their own universities' programs; only a coordinator of the owning
 * university (or an administrator) changes one. Everyone else (students, companies, mentors) is refused the
 * register. Refusals are exceptions (403), never a silently empty answer.
 */
@Component
public class ProgramAccess {

    public boolean readsAll(CurrentUser user) {
        return user.isAdmin() || user.has(Role.MINISTRY_ANALYST) || user.has(Role.QA_REVIEWER);
    }

    /** The universities whose programs the user reads, or null when they read all. */
    public Set<UUID> readable(CurrentUser user) {
        if (readsAll(user)) {
            return null;
        }
        Set<UUID> universities = new LinkedHashSet<>(user.organizationsWhere(Role.UNIVERSITY_COORDINATOR));
        universities.addAll(user.organizationsWhere(Role.EDUCATOR));
        return universities;
    }

    /** The universities whose programs the user may change (administrators: any, so the caller names one). */
    public List<UUID> editable(CurrentUser user) {
        return user.organizationsWhere(Role.UNIVERSITY_COORDINATOR);
    }

    public void requireRegister(CurrentUser user) {
        Set<UUID> readable = readable(user);
        if (readable != null && readable.isEmpty()) {
            throw new AccessDeniedException("no access to the program register");
        }
    }

    public boolean mayRead(CurrentUser user, UUID university) {
        Set<UUID> readable = readable(user);
        return readable == null || readable.contains(university);
    }

    public boolean mayEdit(CurrentUser user, UUID university) {
        return user.isAdmin() || user.actsFor(university, Role.UNIVERSITY_COORDINATOR);
    }

    public void requireRead(CurrentUser user, UUID university) {
        if (!mayRead(user, university)) {
            throw new AccessDeniedException("not a reader of this university's programs");
        }
    }

    public void requireEdit(CurrentUser user, UUID university) {
        if (!mayEdit(user, university)) {
            throw new AccessDeniedException("not a coordinator of this university");
        }
    }
}
