package kz.edufusion.identity;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a person does in an organization. A person may hold several roles in several organizations;
 * each role fits only some kinds of organization (a mentor works at a company, a tutor at a university).
 */
public enum Role {
    STUDENT(EnumSet.of(OrganizationType.UNIVERSITY, OrganizationType.COLLEGE)),
    EDUCATOR(EnumSet.of(OrganizationType.UNIVERSITY, OrganizationType.COLLEGE)),
    UNIVERSITY_COORDINATOR(EnumSet.of(OrganizationType.UNIVERSITY, OrganizationType.COLLEGE)),
    ACADEMIC_TUTOR(EnumSet.of(OrganizationType.UNIVERSITY, OrganizationType.COLLEGE)),
    COMPANY_REPRESENTATIVE(EnumSet.of(OrganizationType.COMPANY)),
    COMPANY_MENTOR(EnumSet.of(OrganizationType.COMPANY)),
    QA_REVIEWER(EnumSet.of(OrganizationType.QA_AGENCY)),
    MINISTRY_ANALYST(EnumSet.of(OrganizationType.MINISTRY)),
    PLATFORM_ADMIN(EnumSet.allOf(OrganizationType.class));

    private final Set<OrganizationType> organizationTypes;

    Role(Set<OrganizationType> organizationTypes) {
        this.organizationTypes = organizationTypes;
    }

    public boolean fits(OrganizationType type) {
        return organizationTypes.contains(type);
    }

    /** The Spring Security authority name, e.g. {@code ROLE_COMPANY_MENTOR}. */
    public String authority() {
        return "ROLE_" + name();
    }

    /** Roles that a member with this role may invite into their own organization. */
    public Set<Role> mayInvite() {
        return switch (this) {
            case UNIVERSITY_COORDINATOR -> EnumSet.of(EDUCATOR, ACADEMIC_TUTOR, UNIVERSITY_COORDINATOR);
            case COMPANY_REPRESENTATIVE -> EnumSet.of(COMPANY_MENTOR, COMPANY_REPRESENTATIVE);
            case PLATFORM_ADMIN -> EnumSet.complementOf(EnumSet.of(STUDENT));
            default -> EnumSet.noneOf(Role.class);
        };
    }
}
