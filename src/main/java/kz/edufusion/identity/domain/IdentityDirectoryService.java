package kz.edufusion.identity.domain;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import kz.edufusion.identity.IdentityCounts;
import kz.edufusion.identity.IdentityDirectory;
import kz.edufusion.identity.OrganizationStatus;
import kz.edufusion.identity.OrganizationType;
import kz.edufusion.identity.OrganizationView;
import kz.edufusion.identity.PersonView;
import kz.edufusion.identity.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class IdentityDirectoryService implements IdentityDirectory {

    private final OrganizationRepository organizations;
    private final PersonRepository people;
    private final IdentityViews views;

    IdentityDirectoryService(OrganizationRepository organizations, PersonRepository people, IdentityViews views) {
        this.organizations = organizations;
        this.people = people;
        this.views = views;
    }

    @Override
    public Optional<OrganizationView> organization(UUID id) {
        return organizations.findById(id).map(IdentityViews::view);
    }

    @Override
    public List<OrganizationView> activeOrganizations(OrganizationType type) {
        return organizations.findByTypeInAndStatusOrderByShortName(List.of(type), OrganizationStatus.ACTIVE).stream()
                .map(IdentityViews::view).toList();
    }

    @Override
    public Optional<PersonView> person(UUID id) {
        return people.findById(id).map(views::view);
    }

    @Override
    public IdentityCounts counts() {
        Map<OrganizationType, Long> active = new EnumMap<>(OrganizationType.class);
        for (OrganizationType type : OrganizationType.values()) {
            active.put(type, organizations.countByTypeAndStatus(type, OrganizationStatus.ACTIVE));
        }
        Map<Role, Long> byRole = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            byRole.put(role, people.countWithRole(role));
        }
        return new IdentityCounts(active, organizations.countByTypeAndStatus(OrganizationType.COMPANY, OrganizationStatus.PENDING),
                organizations.countByStatus(OrganizationStatus.SUSPENDED), byRole, people.count());
    }

    @Override
    public long members(UUID organizationId, Role role) {
        return people.countWithRoleIn(role, organizationId);
    }
}
