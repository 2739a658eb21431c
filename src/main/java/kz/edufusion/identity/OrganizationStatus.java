package kz.edufusion.identity;

/**
 * A self-registered company is PENDING until an administrator checks it, so that no fake company can
 * publish internships; a SUSPENDED organization's members keep their login but lose its roles.
 */
public enum OrganizationStatus {
    PENDING, ACTIVE, SUSPENDED
}
