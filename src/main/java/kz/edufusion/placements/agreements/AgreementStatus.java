package kz.edufusion.placements.agreements;

/**
 * Where the agreement of a placement stands: DRAFT until a version is sent for signing, SENT until one is signed by
 * all three parties, ACTIVE while a signed version is in force (amendments are signed under it), COMPLETED when the
 * placement finished, TERMINATED early by the university or the company with a reason.
 */
public enum AgreementStatus {
    DRAFT, SENT, ACTIVE, COMPLETED, TERMINATED;

    public boolean ended() {
        return this == COMPLETED || this == TERMINATED;
    }
}
