package kz.edufusion.placements.allocation;

/** A student holding a seat of an offer; {@code reservedSeat} is the category of a reserved seat, null for an open one. */
public record AdmittedStudent(String studentId, Cutoff rank, Category reservedSeat) {
}
