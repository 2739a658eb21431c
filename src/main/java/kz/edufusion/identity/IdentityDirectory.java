package kz.edufusion.identity;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Read access to organizations and people for other modules (they never read identity's tables). */
public interface IdentityDirectory {

    Optional<OrganizationView> organization(UUID id);

    List<OrganizationView> activeOrganizations(OrganizationType type);

    Optional<PersonView> person(UUID id);

    IdentityCounts counts();

    /** How many people hold the role in the organization (e.g. students of a university). */
    long members(UUID organizationId, Role role);

    /** The enabled people who hold the role in the organization, by name (e.g. a company's mentors for a picker). */
    List<PersonView> peopleWithRole(UUID organizationId, Role role);
}
