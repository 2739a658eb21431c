package kz.edufusion.academy.domain;

import java.util.List;

/** A lesson as its owner edits it: its version (a draft may change), the lesson and its attachments. */
public record LessonEditing(VersionView version, LessonContent lesson, List<AttachmentView> attachments) {
}
