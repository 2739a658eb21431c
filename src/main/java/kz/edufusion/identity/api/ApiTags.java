package kz.edufusion.identity.api;

/**
 * OpenAPI tags, one per area of the identity API. Declared here (with {@code @Tag} on each controller) rather
 * than in the platform's OpenAPI configuration so that the platform need not know the identity module's insides.
 */
final class ApiTags {

    static final String ME = "Me";
    static final String ME_DESCRIPTION = "The signed-in caller";
    static final String TOKENS = "API tokens";
    static final String TOKENS_DESCRIPTION = "The caller's personal API tokens for Bearer authentication";
    static final String ORGANIZATIONS = "Organizations";
    static final String ORGANIZATIONS_DESCRIPTION = "Directory of active universities, colleges, companies and agencies";
    static final String INVITATIONS = "Invitations";
    static final String INVITATIONS_DESCRIPTION = "Inviting staff into an organization in a role";
    static final String ADMIN_ORGANIZATIONS = "Admin: organizations";
    static final String ADMIN_ORGANIZATIONS_DESCRIPTION = "Creating, approving, suspending and reactivating organizations";
    static final String ADMIN_PEOPLE = "Admin: people";
    static final String ADMIN_PEOPLE_DESCRIPTION = "People, their roles in organizations, and locked accounts";
    static final String ADMIN_AUDIT = "Admin: audit log";
    static final String ADMIN_AUDIT_DESCRIPTION = "Who did what to which object, when and from where";

    private ApiTags() {
    }
}
