package kz.edufusion.placements;

/** DRAFT (only its company sees it) -> PUBLISHED (students find it and apply) -> CLOSED (no new applications). */
public enum OfferStatus {
    DRAFT, PUBLISHED, CLOSED
}
