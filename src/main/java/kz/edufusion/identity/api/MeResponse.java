package kz.edufusion.identity.api;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.Membership;
import kz.edufusion.identity.Role;

/**
 * The caller as the API shows them. {@code roles} are only the effective ones (from active organizations);
 * {@code memberships} lists all, with each organization's status, so a client can explain a pending one.
 */
record MeResponse(UUID id, String email, String name, String language, List<Role> roles, List<Membership> memberships) {

    static MeResponse of(CurrentUser user) {
        return new MeResponse(user.personId(), user.email(), user.displayName(), user.language(),
                user.roles().stream().sorted(Comparator.naturalOrder()).toList(), user.memberships());
    }
}
