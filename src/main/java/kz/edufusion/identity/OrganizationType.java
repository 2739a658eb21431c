package kz.edufusion.identity;

/** The kinds of organization on the platform. */
public enum OrganizationType {
    UNIVERSITY, COLLEGE, COMPANY, QA_AGENCY, MINISTRY, OTHER;

    public boolean educational() {
        return this == UNIVERSITY || this == COLLEGE;
    }
}
