package kz.edufusion.placements.allocation;

/** Per category: its students, how many were placed, seats reserved for it and how many of those its members took. */
public record CategorySummary(Category category, int students, int assigned, long reservedSeats, long reservedSeatsFilled) {
}
