package kz.edufusion.academy.domain;

import java.util.List;
import java.util.UUID;
import kz.edufusion.common.LocalizedText;

/**
 * A lesson as a learner (or the course's owner, previewing) reads it: the stored HTML in the reader's language, the
 * video embed, attachments, the course outline with progress for the side navigation, the previous and next lessons.
 */
public record LessonPage(UUID courseId, VersionView version, LessonContent lesson, String html, List<AttachmentView> attachments,
        List<ModuleView> modules, EnrollmentView enrollment, UUID previousLessonId, UUID nextLessonId, boolean completed,
        LocalizedText moduleTitle) {
}
