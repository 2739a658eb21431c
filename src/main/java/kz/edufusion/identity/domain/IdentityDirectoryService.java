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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Read-only answers about organizations and people for other modules, counted with grouped queries. */
@Service
@Transactional(readOnly = true)
class IdentityDirectoryService implements IdentityDirectory {

    private final OrganizationRepository organizations;
    private final PersonRepository people;
    private final IdentityViews views;
    private final JdbcClient jdbc;

    IdentityDirectoryService(OrganizationRepository organizations, PersonRepository people, IdentityViews views, JdbcClient jdbc) {
        this.organizations = organizations;
        this.people = people;
        this.views = views;
        this.jdbc = jdbc;
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

    /** Three grouped queries, not one per type and role: the landing page asks for this on every visit. */
    @Override
    public IdentityCounts counts() {
        Map<OrganizationType, Long> active = new EnumMap<>(OrganizationType.class);
        for (OrganizationType type : OrganizationType.values()) {
            active.put(type, 0L);
        }
        long[] pendingCompanies = {0};
        long[] suspended = {0};
        jdbc.sql("select type, status, count(*) as n from identity.organization group by type, status").query(rs -> {
            OrganizationType type = OrganizationType.valueOf(rs.getString("type"));
            OrganizationStatus status = OrganizationStatus.valueOf(rs.getString("status"));
            long n = rs.getLong("n");
            switch (status) {
                case ACTIVE -> active.put(type, n);
                case PENDING -> pendingCompanies[0] += type == OrganizationType.COMPANY ? n : 0;
                case SUSPENDED -> suspended[0] += n;
            }
        });
        Map<Role, Long> byRole = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            byRole.put(role, 0L);
        }
        jdbc.sql("select role, count(distinct person_id) as n from identity.membership group by role")
                .query(rs -> {
                    byRole.put(Role.valueOf(rs.getString("role")), rs.getLong("n"));
                });
        long people = jdbc.sql("select count(*) from identity.person").query(Long.class).single();
        return new IdentityCounts(active, pendingCompanies[0], suspended[0], byRole, people);
    }

    @Override
    public long members(UUID organizationId, Role role) {
        return people.countWithRoleIn(role, organizationId);
    }

    @Override
    public List<PersonView> peopleWithRole(UUID organizationId, Role role) {
        return people.findWithRoleIn(role, organizationId).stream().map(views::view).toList();
    }
}
