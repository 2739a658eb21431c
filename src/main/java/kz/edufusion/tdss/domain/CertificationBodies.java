package kz.edufusion.tdss.domain;

import java.util.List;
import java.util.UUID;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who certifies: a QA_REVIEWER of a quality-assurance agency (the certification body) for the schemes of their agency
 * and the schemes open to every body, or a platform administrator for every scheme. Nobody else assesses, decides or
 * revokes (403), and nobody decides on their own application.
 */
@Component
public class CertificationBodies {

    public boolean isBody(CurrentUser user) {
        return user.isAdmin() || user.has(Role.QA_REVIEWER);
    }

    public void requireBody(CurrentUser user) {
        if (!isBody(user)) {
            throw new AccessDeniedException("for certification bodies");
        }
    }

    /** True when the user may run this scheme: an administrator, or a reviewer of its body (any body when it has none). */
    public boolean runs(CurrentUser user, SchemeView scheme) {
        if (user.isAdmin()) {
            return true;
        }
        List<UUID> agencies = user.organizationsWhere(Role.QA_REVIEWER);
        return scheme.bodyId() == null ? !agencies.isEmpty() : agencies.contains(scheme.bodyId());
    }

    /** The body a reviewer's new scheme belongs to: their first agency; an administrator's schemes are open to all. */
    UUID bodyOf(CurrentUser user) {
        List<UUID> agencies = user.organizationsWhere(Role.QA_REVIEWER);
        return agencies.isEmpty() ? null : agencies.get(0);
    }

    /** The agencies whose schemes a reviewer runs, to filter the queue; null for an administrator (every scheme). */
    UUID[] agencies(CurrentUser user) {
        return user.isAdmin() ? null : user.organizationsWhere(Role.QA_REVIEWER).toArray(UUID[]::new);
    }
}
