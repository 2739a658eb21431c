package kz.edufusion.placements.agreements;

/**
 * One version of the agreement's text: DRAFT (editable by the university or the company), SENT (frozen; its PDF and
 * SHA-256 stored; the parties sign it), SIGNED (all three signed: in force), SUPERSEDED (a later version was signed by
 * all three), WITHDRAWN (revised before everyone signed it, or the agreement ended before it was signed).
 */
public enum VersionStatus {
    DRAFT, SENT, SIGNED, SUPERSEDED, WITHDRAWN;

    /** Being prepared or signed: at most one version at a time. */
    public boolean open() {
        return this == DRAFT || this == SENT;
    }
}
