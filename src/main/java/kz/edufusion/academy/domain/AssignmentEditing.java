package kz.edufusion.academy.domain;

/** An assignment with its rubric and the version it belongs to, for its owner's form. */
public record AssignmentEditing(VersionView version, AssignmentView assignment) {
}
