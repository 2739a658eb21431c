package kz.edufusion.placements.allocation;

/** The rank (1 = best) an offer gives a student, and the score behind it for offers that rank by scores (else null). */
public record Cutoff(int rank, Double score) {
}
