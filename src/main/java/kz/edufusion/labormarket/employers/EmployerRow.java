package kz.edufusion.labormarket.employers;

import java.util.UUID;

/**
 * An employer as the vacancies name it, with the organization it belongs to: {@code LINKED} by an administrator,
 * {@code AUTO} matched on the organization's names, or {@code NONE}. {@code organizationName} is in the asked
 * language, null without an organization.
 */
public record EmployerRow(String employerName, String employerKey, long vacancies, UUID organizationId,
        String organizationName, Link link) {

    public enum Link {
        LINKED, AUTO, NONE
    }
}
