package kz.edufusion.notifications.web;

import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * A platform administrator for page tests. The shared layout prints {@code principal.displayName},
 * which Spring's plain {@code @WithMockUser} principal does not have, so the pages could not render
 * with it; this principal has one and the PLATFORM_ADMIN role that {@code /admin/**} requires.
 */
final class NotificationsTestAdmin extends User {

    NotificationsTestAdmin() {
        super("outbox-admin", "unused", List.of(new SimpleGrantedAuthority("ROLE_PLATFORM_ADMIN")));
    }

    public String getDisplayName() {
        return "Outbox Admin";
    }
}
