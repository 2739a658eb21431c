package kz.edufusion.identity;

import java.util.Map;

/** Figures for home pages and the observatory, counted in the database. */
public record IdentityCounts(Map<OrganizationType, Long> activeOrganizations, long pendingCompanies,
        long suspendedOrganizations, Map<Role, Long> peopleByRole, long people) {
}
