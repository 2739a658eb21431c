package kz.edufusion.academy.accreditation;

/** A submission is open (SUBMITTED) until a reviewer decides; then it carries the decision. One open per course. */
public enum SubmissionStatus {
    SUBMITTED, CHANGES_REQUESTED, APPROVED, REJECTED;

    static SubmissionStatus of(AccreditationDecision decision) {
        return valueOf(decision.name());
    }
}
