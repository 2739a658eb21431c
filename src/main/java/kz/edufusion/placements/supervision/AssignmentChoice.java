package kz.edufusion.placements.supervision;

import java.util.UUID;

/** A plan assignment the student may name on an entry. */
public record AssignmentChoice(UUID id, String title) {
}
