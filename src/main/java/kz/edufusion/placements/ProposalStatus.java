package kz.edufusion.placements;

/** A student's own find: SUBMITTED until the coordinator APPROVES (a placement is made) or REJECTS it. */
public enum ProposalStatus {
    SUBMITTED, APPROVED, REJECTED
}
