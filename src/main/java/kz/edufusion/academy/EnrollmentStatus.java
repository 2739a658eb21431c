package kz.edufusion.academy;

/** Where a learner's enrollment stands; only ACTIVE opens lessons. */
public enum EnrollmentStatus {
    PENDING, ACTIVE, WAITLISTED, DECLINED, WITHDRAWN;

    /** Still in the course or waiting for it: applying again would apply twice. */
    public boolean standing() {
        return this == PENDING || this == ACTIVE || this == WAITLISTED;
    }
}
