package kz.edufusion.academy.accreditation;

/** What a review ends in: the owner is asked for changes, the version is accredited for a period, or refused. */
public enum AccreditationDecision {
    CHANGES_REQUESTED, APPROVED, REJECTED
}
