package kz.edufusion.identity;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as every module sees them. Authorities come only from memberships in active
 * organizations; organization-scoped checks go through {@link #actsFor(UUID, Role...)}.
 */
public record CurrentUser(UUID personId, String email, String displayName, String language, String passwordHash,
        boolean enabled, Instant lockedUntil, List<Membership> memberships) implements UserDetails {

    public CurrentUser {
        memberships = List.copyOf(memberships);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    public Set<Role> roles() {
        return memberships.stream().filter(Membership::effective).map(Membership::role).collect(Collectors.toSet());
    }

    public boolean has(Role role) {
        return roles().contains(role);
    }

    public boolean isAdmin() {
        return has(Role.PLATFORM_ADMIN);
    }

    /** True when the user holds one of the roles in that (active) organization. */
    public boolean actsFor(UUID organizationId, Role... roles) {
        return memberships.stream().filter(Membership::effective)
                .anyMatch(m -> m.organizationId().equals(organizationId) && List.of(roles).contains(m.role()));
    }

    /** Active organizations in which the user holds the role. */
    public List<UUID> organizationsWhere(Role role) {
        return memberships.stream().filter(m -> m.effective() && m.role() == role).map(Membership::organizationId)
                .distinct().toList();
    }

    /** Memberships waiting for an administrator's approval of the organization. */
    public List<Membership> pendingMemberships() {
        return memberships.stream().filter(m -> m.organizationStatus() == OrganizationStatus.PENDING).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isAccountNonLocked() {
        return lockedUntil == null || lockedUntil.isBefore(Instant.now());
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** The copy kept in the session: the password hash never leaves the login step. */
    public CurrentUser withoutPassword() {
        return new CurrentUser(personId, email, displayName, language, "", enabled, lockedUntil, memberships);
    }
}
