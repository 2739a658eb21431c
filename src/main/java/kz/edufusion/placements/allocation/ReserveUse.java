package kz.edufusion.placements.allocation;

/**
 * One category's reserved seats at an offer: how many were reserved, how many went to the category's
 * members as reserved seats (the rest were open to everyone), and the lowest-ranked member on one (null if none).
 */
public record ReserveUse(Category category, int reserved, int filledByCategory, Cutoff cutoff) {
}
