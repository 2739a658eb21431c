package kz.edufusion.academy.domain;

import java.util.UUID;
import kz.edufusion.common.LocalizedText;

/** A lesson in a course outline: no body; {@code completed} is the reader's own progress (false for others). */
public record LessonSummary(UUID id, UUID moduleId, UUID lessonKey, int position, LocalizedText title, Integer minutes,
        boolean video, boolean completed) {
}
