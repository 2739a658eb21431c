package kz.edufusion.academy.accreditation;

/** What a review ends in: the owner is asked for changes, the version is accredited for a period, or refused. */
public enum Decision {
    CHANGES_REQUESTED, APPROVED, REJECTED
}
