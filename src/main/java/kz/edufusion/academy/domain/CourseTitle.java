package kz.edufusion.academy.domain;

import java.util.UUID;
import kz.edufusion.common.LocalizedText;

/** A course by its id and the title of its published version. */
public record CourseTitle(UUID courseId, LocalizedText title) {
}
