package kz.edufusion.identity.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import kz.edufusion.identity.CurrentUser;
import kz.edufusion.identity.Membership;
import kz.edufusion.identity.OrganizationView;
import kz.edufusion.identity.PersonView;
import org.springframework.stereotype.Component;

/** Turns entities into the records the rest of the platform sees, resolving organization names in one query. */
@Component
class IdentityViews {

    private final OrganizationRepository organizations;

    IdentityViews(OrganizationRepository organizations) {
        this.organizations = organizations;
    }

    static OrganizationView view(Organization o) {
        return new OrganizationView(o.id(), o.type(), o.status(), o.name(), o.shortName(), o.bin(), o.regionCode(),
                o.okedSection(), o.website(), o.statusReason(), o.createdAt());
    }

    PersonView view(Person p) {
        return views(List.of(p)).get(0);
    }

    List<PersonView> views(Collection<Person> people) {
        Map<UUID, Organization> byId = organizationsOf(people);
        return people.stream().map(p -> new PersonView(p.id(), p.email(), p.fullName(), p.preferredLanguage(), p.enabled(),
                locked(p), p.createdAt(), p.lastLoginAt(), memberships(p, byId))).toList();
    }

    CurrentUser currentUser(Person p) {
        return new CurrentUser(p.id(), p.email(), p.fullName(), p.preferredLanguage(), p.passwordHash(), p.enabled(),
                p.lockedUntil(), memberships(p, organizationsOf(List.of(p))));
    }

    private Map<UUID, Organization> organizationsOf(Collection<Person> people) {
        var ids = people.stream().flatMap(p -> p.memberships().stream()).map(MembershipRecord::organizationId)
                .collect(Collectors.toSet());
        return organizations.findAllById(ids).stream().collect(Collectors.toMap(Organization::id, Function.identity()));
    }

    private static List<Membership> memberships(Person p, Map<UUID, Organization> byId) {
        return p.memberships().stream()
                .filter(m -> byId.containsKey(m.organizationId()))
                .map(m -> {
                    Organization o = byId.get(m.organizationId());
                    return new Membership(o.id(), o.name(), o.type(), o.status(), m.role());
                })
                .toList();
    }

    private static boolean locked(Person p) {
        return p.lockedUntil() != null && p.lockedUntil().isAfter(Instant.now());
    }
}
