package kz.edufusion.academy.domain;

import java.util.UUID;
import kz.edufusion.common.LocalizedText;

/** An assignment in a course outline. */
public record AssignmentSummary(UUID id, UUID moduleId, UUID assignmentKey, int position, LocalizedText title) {
}
