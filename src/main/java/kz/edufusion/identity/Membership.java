package kz.edufusion.identity;

import java.io.Serializable;
import java.util.UUID;
import kz.edufusion.common.LocalizedText;

/** One role of the current user in one organization, with what the UI needs to show it. */
public record Membership(UUID organizationId, LocalizedText organizationName, OrganizationType organizationType,
        OrganizationStatus organizationStatus, Role role) implements Serializable {

    /** A role counts only while its organization is active. */
    public boolean effective() {
        return organizationStatus == OrganizationStatus.ACTIVE;
    }
}
