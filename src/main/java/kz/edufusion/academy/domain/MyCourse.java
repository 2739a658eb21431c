package kz.edufusion.academy.domain;

import java.util.UUID;
import kz.edufusion.common.LocalizedText;

/**
 * A course on the learner's "My learning" page: the title of their version, their progress, the lesson to resume
 * (the last one they opened, or the first), and whether a newer version was published since they enrolled.
 */
public record MyCourse(EnrollmentView enrollment, LocalizedText title, UUID resumeLessonId, boolean newerVersion) {
}
