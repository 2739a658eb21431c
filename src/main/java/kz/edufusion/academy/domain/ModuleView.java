package kz.edufusion.academy.domain;

import java.util.List;
import java.util.UUID;
import kz.edufusion.common.LocalizedText;

/** A module of a version with its lessons in order. */
public record ModuleView(UUID id, int position, LocalizedText title, List<LessonSummary> lessons) {
}
